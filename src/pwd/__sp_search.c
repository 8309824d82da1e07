#include <errno.h>
#include <string.h>
#include "etc_impl.h"

int __sp_search(const char *name, struct __etc_buf *b, struct spwd *sp, int *found)
{
	int r, e = errno;
	FILE *f = __etc_open("shadow");

	*found = 0;
	if (!f)
		return errno == ENOENT ? (errno = e, 0) : errno;
	while ((r = __sp_next(f, b, sp)) > 0)
		if (!strcmp(name, sp->sp_namp))
			break;
	e = r < 0 ? errno : 0;
	fclose(f);
	*found = r > 0;
	return e;
}
