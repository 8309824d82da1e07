#include <errno.h>
#include <sys/ioctl.h>
#include <unistd.h>
#include "syscall.h"
#include "unistd_impl.h"

int __isatty(int fd)
{
	struct winsize ws;
	long r = __syscall(SYS_ioctl, fd, TIOCGWINSZ, &ws);

	if (r == 0)
		return 1;
	/* Any descriptor that is open but no terminal is ENOTTY, as POSIX says. */
	errno = r == -EBADF ? EBADF : ENOTTY;
	return 0;
}

weak_alias(__isatty, isatty);
