#include <errno.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#include "stat_impl.h"
#include "syscall.h"
#include "unistd_impl.h"
#include "utoa.h"

/*
 * The terminal's name from /proc/self/fd (so /proc must be mounted), checked
 * against the descriptor: a name that no longer leads to the same device
 * (a terminal seen through another mount namespace) is ENODEV.  Returns the
 * error number.
 */
int __ttyname_r(int fd, char *buf, size_t size)
{
	static const char dir[] = "/proc/self/fd/";
	char link[sizeof dir + 12], *p = link + sizeof link - 1;
	struct stat by_fd, by_name;
	long n;

	if (!__isatty(fd))
		return errno;
	*p = 0;
	p = __utoa_before(p, (unsigned)fd);
	p -= sizeof dir - 1;
	__builtin_memcpy(p, dir, sizeof dir - 1);
	n = __syscall(SYS_readlinkat, AT_FDCWD, p, buf, size);
	if (n < 0)
		return (int)-n;
	if ((size_t)n >= size)
		return ERANGE;
	buf[n] = 0;
	if (__fstatat(AT_FDCWD, buf, &by_name, 0) || __fstat(fd, &by_fd) ||
	    by_name.st_rdev != by_fd.st_rdev || by_name.st_ino != by_fd.st_ino)
		return ENODEV;
	return 0;
}

weak_alias(__ttyname_r, ttyname_r);
