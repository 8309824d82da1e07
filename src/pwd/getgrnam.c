#include <errno.h>
#include "etc_impl.h"

struct group *getgrnam(const char *name)
{
	static struct __etc_buf b;
	static struct group gr;
	static char **mem;
	static size_t nmem;
	int found, e = __gr_search(name, 0, &b, &gr, &mem, &nmem, &found);

	if (e)
		errno = e;
	return found ? &gr : NULL;
}
