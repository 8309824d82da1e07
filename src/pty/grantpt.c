#define _GNU_SOURCE 1
#include <errno.h>
#include <stdlib.h>
#include <sys/ioctl.h>
#include "syscall.h"

/*
 * devpts gives the slave the caller's owner and mode when the master is
 * opened: nothing is left to grant.  The check is that fd is a master
 * (EBADF, or EINVAL for anything else, as POSIX names them).
 */
int grantpt(int fd)
{
	unsigned n;
	long r = __syscall(SYS_ioctl, fd, TIOCGPTN, &n);

	if (r == -EBADF || r == 0)
		return __syscall_ret(r);
	return __syscall_ret(-EINVAL);
}
