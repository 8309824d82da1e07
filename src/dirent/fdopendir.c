#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <sys/stat.h>
#include "dirent_impl.h"
#include "stat_impl.h"
#include "syscall.h"

DIR *__fdopendir(int fd)
{
	struct stat st;
	DIR *d;

	if (__fstat(fd, &st))
		return 0;
	if (!S_ISDIR(st.st_mode)) {
		errno = ENOTDIR;
		return 0;
	}
	d = malloc(sizeof *d);
	if (!d)
		return 0;
	d->fd = fd;
	d->pos = d->end = 0;
	d->tell = 0;
	d->cookies = 0;
	d->ncookies = 0;
	__syscall(SYS_fcntl, fd, F_SETFD, FD_CLOEXEC);
	return d;
}

weak_alias(__fdopendir, fdopendir);
