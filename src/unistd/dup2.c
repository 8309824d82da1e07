#include <fcntl.h>
#include <unistd.h>
#include "syscall.h"

int dup2(int oldfd, int newfd)
{
#ifdef SYS_dup2
	return __syscall_ret(__syscall(SYS_dup2, oldfd, newfd));
#else
	/* dup3 refuses oldfd == newfd; dup2 returns newfd if oldfd is open. */
	if (oldfd == newfd) {
		long r = __syscall(SYS_fcntl, oldfd, F_GETFD);
		return r < 0 ? __syscall_ret(r) : newfd;
	}
	return __syscall_ret(__syscall(SYS_dup3, oldfd, newfd, 0));
#endif
}
