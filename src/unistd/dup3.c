#include <unistd.h>
#include "syscall.h"
#include "unistd_impl.h"

int __dup3(int oldfd, int newfd, int flags)
{
	return __syscall_ret(__syscall(SYS_dup3, oldfd, newfd, flags));
}

weak_alias(__dup3, dup3);
