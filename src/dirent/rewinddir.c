#include <dirent.h>
#include <unistd.h>
#include "dirent_impl.h"
#include "unistd_impl.h"

void rewinddir(DIR *d)
{
	__lseek(d->fd, 0, SEEK_SET);
	d->pos = d->end = 0;
	d->tell = 0;
}
