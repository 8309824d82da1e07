#define _GNU_SOURCE 1
#include <sys/ioctl.h>
#include "syscall.h"
#include "termios_impl.h"

int __tcgetattr(int fd, struct termios *t)
{
	struct ktermios k;
	long r = __syscall(SYS_ioctl, fd, TCGETS, &k);

	if (r == 0)
		__termios_from_k(t, &k);
	return __syscall_ret(r);
}

weak_alias(__tcgetattr, tcgetattr);
