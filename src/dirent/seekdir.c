#include <dirent.h>
#include <unistd.h>
#include "dirent_impl.h"
#include "unistd_impl.h"

void seekdir(DIR *d, long loc)
{
	off_t off = loc;

	if (sizeof(long) < sizeof(off_t) && __dir_offset(d, loc, &off) < 0)
		return;
	if (__lseek(d->fd, off, SEEK_SET) < 0)
		return;
	d->tell = off;
	d->pos = d->end = 0;
}
