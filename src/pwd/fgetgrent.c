#define _DEFAULT_SOURCE
#include "etc_impl.h"

struct group *fgetgrent(FILE *f)
{
	static struct __etc_buf b;
	static struct group gr;
	static char **mem;
	static size_t nmem;

	return __gr_next(f, &b, &gr, &mem, &nmem) > 0 ? &gr : NULL;
}
