#include <errno.h>
#include <string.h>
#include "etc_impl.h"

int __gr_search(const char *name, gid_t gid, struct __etc_buf *b, struct group *gr,
		char ***mem, size_t *nmem, int *found)
{
	int r, e = errno;
	FILE *f = __etc_open("group");

	*found = 0;
	if (!f)
		return errno == ENOENT ? (errno = e, 0) : errno;
	while ((r = __gr_next(f, b, gr, mem, nmem)) > 0)
		if (name ? !strcmp(name, gr->gr_name) : gid == gr->gr_gid)
			break;
	e = r < 0 ? errno : 0;
	fclose(f);
	*found = r > 0;
	return e;
}
