#include <errno.h>
#include <stdlib.h>
#include "dirent_impl.h"

/*
 * Cookies for telldir on arches whose long cannot hold a 64-bit d_off.
 * Offset 0 (the start) is cookie 0; any other offset gets its table index
 * plus one, and the same offset always the same cookie.
 */
long __dir_cookie(DIR *d, off_t off)
{
	off_t *grown;
	long i;

	if (off == 0)
		return 0;
	for (i = 0; i < d->ncookies; i++)
		if (d->cookies[i] == off)
			return i + 1;
	grown = realloc(d->cookies, (d->ncookies + 1) * sizeof *grown);
	if (!grown) {
		errno = ENOMEM;
		return -1;
	}
	d->cookies = grown;
	d->cookies[d->ncookies] = off;
	return ++d->ncookies;
}

/* The offset behind a cookie; -1 for one telldir never returned. */
int __dir_offset(DIR *d, long cookie, off_t *off)
{
	if (cookie < 0 || cookie > d->ncookies)
		return -1;
	*off = cookie ? d->cookies[cookie - 1] : 0;
	return 0;
}
