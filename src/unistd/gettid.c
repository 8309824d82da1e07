#define _GNU_SOURCE
#include <unistd.h>
#include "syscall.h"

pid_t gettid(void)
{
	return __syscall_nofail(SYS_gettid);
}
