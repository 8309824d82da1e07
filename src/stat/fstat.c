#include <errno.h>
#include <fcntl.h>
#include <sys/stat.h>
#include "stat_impl.h"

int __fstat(int fd, struct stat *st)
{
	/* AT_FDCWD is negative too: an empty path with it would stat the cwd. */
	if (fd < 0) {
		errno = EBADF;
		return -1;
	}
	return __fstatat(fd, "", st, AT_EMPTY_PATH);
}

weak_alias(__fstat, fstat);
