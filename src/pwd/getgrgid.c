#include <errno.h>
#include "etc_impl.h"

struct group *getgrgid(gid_t gid)
{
	static struct __etc_buf b;
	static struct group gr;
	static char **mem;
	static size_t nmem;
	int found, e = __gr_search(NULL, gid, &b, &gr, &mem, &nmem, &found);

	if (e)
		errno = e;
	return found ? &gr : NULL;
}
