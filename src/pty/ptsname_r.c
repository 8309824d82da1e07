#define _GNU_SOURCE 1
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include "syscall.h"
#include "utoa.h"
#include "pty_impl.h"

/* Returns the error number, as glibc's does, and sets errno to it too. */
int __ptsname_r(int fd, char *buf, size_t len)
{
	static const char dir[] = "/dev/pts/";
	char num[3 * sizeof(unsigned) + 1], *p;
	unsigned n;
	size_t nlen;
	long r = __syscall(SYS_ioctl, fd, TIOCGPTN, &n);

	if (r)
		return errno = r == -EBADF ? EBADF : ENOTTY;
	num[sizeof num - 1] = 0;
	p = __utoa_before(num + sizeof num - 1, n);
	nlen = num + sizeof num - p;
	if (!buf || len < sizeof dir - 1 + nlen)
		return errno = buf ? ERANGE : EINVAL;
	memcpy(buf, dir, sizeof dir - 1);
	memcpy(buf + sizeof dir - 1, p, nlen);
	return 0;
}

weak_alias(__ptsname_r, ptsname_r);
