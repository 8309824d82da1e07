#include <unistd.h>
#include "syscall.h"
#include "unistd_impl.h"

int __pipe2(int fds[2], int flags)
{
	return __syscall_ret(__syscall(SYS_pipe2, fds, flags));
}

weak_alias(__pipe2, pipe2);
