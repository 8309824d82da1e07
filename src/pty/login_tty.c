#define _GNU_SOURCE 1
#include <sys/ioctl.h>
#include <utmp.h>
#include "syscall.h"
#include "unistd_impl.h"

/* fd becomes the controlling terminal of a new session and the standard descriptors. */
int __login_tty(int fd)
{
	long r = __syscall(SYS_setsid);

	if (r >= 0)
		r = __syscall(SYS_ioctl, fd, TIOCSCTTY, 0);
	for (int i = 0; r >= 0 && i < 3; i++)
		if (fd != i)
			r = __syscall(SYS_dup3, fd, i, 0);
	if (r < 0)
		return __syscall_ret(r);
	if (fd > 2)
		__syscall(SYS_close, fd);
	return 0;
}

weak_alias(__login_tty, login_tty);
