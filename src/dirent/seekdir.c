#include <dirent.h>
#include <unistd.h>
#include "dirent_impl.h"
#include "unistd_impl.h"

void seekdir(DIR *d, long loc)
{
	d->tell = __lseek(d->fd, loc, SEEK_SET) < 0 ? d->tell : loc;
	d->pos = d->end = 0;
}
