#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <unistd.h>
#include "stat_impl.h"
#include "syscall.h"
#include "unistd_impl.h"
#include "utoa.h"

/* prefix and the number n into buf: 0, or ERANGE. */
static int put(char *buf, size_t size, const char *prefix, unsigned n)
{
	char digits[12], *d = digits + sizeof digits - 1;
	size_t lp = strlen(prefix), ld;

	*d = 0;
	d = __utoa_before(d, n);
	ld = strlen(d);
	if (lp + ld >= size)
		return ERANGE;
	memcpy(buf, prefix, lp);
	memcpy(buf + lp, d, ld + 1);
	return 0;
}

/* The name /proc/self/fd gives the descriptor. */
static int from_proc(int fd, char *buf, size_t size)
{
	char link[32];
	long n;

	put(link, sizeof link, "/proc/self/fd/", (unsigned)fd);
	n = __syscall(SYS_readlinkat, AT_FDCWD, link, buf, size);
	if (n < 0)
		return (int)-n;
	if ((size_t)n >= size)
		return ERANGE;
	buf[n] = 0;
	return 0;
}

/* Without /proc (an early /init): the name the kernel's device numbers give by convention. */
static int from_device(dev_t rdev, char *buf, size_t size)
{
	unsigned ma = major(rdev), mi = minor(rdev);

	if (ma >= 136 && ma <= 143)
		return put(buf, size, "/dev/pts/", (ma - 136) * 256 + mi);
	if (ma == 4)
		return mi < 64 ? put(buf, size, "/dev/tty", mi) : put(buf, size, "/dev/ttyS", mi - 64);
	if (ma == 5 && mi == 1)
		return size > 12 ? (memcpy(buf, "/dev/console", 13), 0) : ERANGE;
	return ENODEV;
}

/*
 * The terminal's name from /proc/self/fd, or from its device number when
 * /proc is not mounted, checked against the descriptor: a name that does not
 * lead to the same device (a terminal seen through another mount namespace,
 * a /dev without that node) is ENODEV.  Returns the error number.
 */
int __ttyname_r(int fd, char *buf, size_t size)
{
	struct stat by_fd, by_name;
	int e;

	if (!__isatty(fd) || __fstat(fd, &by_fd))
		return errno;
	e = from_proc(fd, buf, size);
	if (e == ENOENT)
		e = from_device(by_fd.st_rdev, buf, size);
	if (e)
		return e;
	if (__fstatat(AT_FDCWD, buf, &by_name, 0) || by_name.st_rdev != by_fd.st_rdev ||
	    by_name.st_ino != by_fd.st_ino)
		return ENODEV;
	return 0;
}

weak_alias(__ttyname_r, ttyname_r);
