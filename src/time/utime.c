#include <fcntl.h>
#include <utime.h>
#include "stat_impl.h"

int utime(const char *path, const struct utimbuf *times)
{
	struct timespec ts[2];

	if (times) {
		ts[0] = (struct timespec){ .tv_sec = times->actime };
		ts[1] = (struct timespec){ .tv_sec = times->modtime };
	}
	return __utimensat(AT_FDCWD, path, times ? ts : 0, 0);
}
