#define _GNU_SOURCE
#include <errno.h>
#include <sys/time.h>
#include "stat_impl.h"
#include "syscall.h"
#include "time_impl.h"

int futimes(int fd, const struct timeval times[2])
{
	struct timespec ts[2];

	if (times && __timevals_to_ts(ts, times))
		return __syscall_ret(-EINVAL);
	/* A negative descriptor would be AT_FDCWD to utimensat without a path. */
	if (fd < 0)
		return __syscall_ret(-EBADF);
	return __utimensat(fd, 0, times ? ts : 0, 0);
}
