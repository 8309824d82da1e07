#include <errno.h>
#include <sys/stat.h>
#include "syscall.h"
#include "stat_impl.h"

#ifdef SYS_utimensat_time64
/*
 * A 32-bit arch: the time64 call first; on a kernel older than 5.1 the old
 * call, which takes 32-bit seconds and so cannot name a time past 2038.
 */
int __utimensat(int dirfd, const char *path, const struct timespec times[2], int flags)
{
	long r = __syscall(SYS_utimensat_time64, dirfd, path, times, flags);
	long old[4], *p = 0;
	int i;

	if (r != -ENOSYS)
		return __syscall_ret(r);
	if (times) {
		for (i = 0; i < 2; i++) {
			if (times[i].tv_sec != (long)times[i].tv_sec)
				return __syscall_ret(-EOVERFLOW);
			old[2 * i] = times[i].tv_sec;
			old[2 * i + 1] = times[i].tv_nsec;
		}
		p = old;
	}
	return __syscall_ret(__syscall(SYS_utimensat, dirfd, path, p, flags));
}
#else
int __utimensat(int dirfd, const char *path, const struct timespec times[2], int flags)
{
	return __syscall_ret(__syscall(SYS_utimensat, dirfd, path, times, flags));
}
#endif

weak_alias(__utimensat, utimensat);
