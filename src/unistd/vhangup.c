#define _DEFAULT_SOURCE
#include <unistd.h>
#include "syscall.h"

int vhangup(void)
{
	return __syscall_ret(__syscall(SYS_vhangup));
}
