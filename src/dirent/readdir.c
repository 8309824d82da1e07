#include <dirent.h>
#include <errno.h>
#include "dirent_impl.h"
#include "syscall.h"

struct dirent *__readdir(DIR *d)
{
	struct dirent *de;
	long r;

	if (d->pos >= d->end) {
		r = __syscall(SYS_getdents64, d->fd, d->buf, sizeof d->buf);
		if (r <= 0) {
			/* ENOENT: the directory was removed; that is an end, not an error. */
			if (r < 0 && r != -ENOENT)
				__syscall_ret(r);
			return 0;
		}
		d->end = r;
		d->pos = 0;
	}
	de = (struct dirent *)(d->buf + d->pos);
	d->pos += de->d_reclen;
	d->tell = de->d_off;
	return de;
}

weak_alias(__readdir, readdir);
