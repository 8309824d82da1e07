#define _GNU_SOURCE 1
#include <errno.h>
#include <sys/ioctl.h>
#include "syscall.h"
#include "termios_impl.h"

/* TCSETS, TCSETSW and TCSETSF follow each other on every arch, as the actions do. */
int __tcsetattr(int fd, int action, const struct termios *t)
{
	struct ktermios k;

	if ((unsigned)action > TCSAFLUSH)
		return __syscall_ret(-EINVAL);
	__termios_to_k(&k, t);
	return __syscall_ret(__syscall(SYS_ioctl, fd, TCSETS + action, &k));
}

weak_alias(__tcsetattr, tcsetattr);
