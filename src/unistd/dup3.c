#include <unistd.h>
#include "syscall.h"

int dup3(int oldfd, int newfd, int flags)
{
	return __syscall_ret(__syscall(SYS_dup3, oldfd, newfd, flags));
}
