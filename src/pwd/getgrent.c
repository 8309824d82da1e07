#include "etc_impl.h"

struct group *getgrent(void)
{
	static struct __etc_buf b;
	static struct group gr;
	static char **mem;
	static size_t nmem;

	if (!__grent_file && !(__grent_file = __etc_open("group")))
		return NULL;
	return __gr_next(__grent_file, &b, &gr, &mem, &nmem) > 0 ? &gr : NULL;
}
