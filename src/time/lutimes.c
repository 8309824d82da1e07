#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <sys/time.h>
#include "stat_impl.h"
#include "syscall.h"
#include "time_impl.h"

int lutimes(const char *path, const struct timeval times[2])
{
	struct timespec ts[2];

	if (times && __timevals_to_ts(ts, times))
		return __syscall_ret(-EINVAL);
	return __utimensat(AT_FDCWD, path, times ? ts : 0, AT_SYMLINK_NOFOLLOW);
}
