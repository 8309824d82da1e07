#include <errno.h>
#include "etc_impl.h"

struct spwd *getspnam(const char *name)
{
	static struct __etc_buf b;
	static struct spwd sp;
	int found, e = __sp_search(name, &b, &sp, &found);

	if (e)
		errno = e;
	return found ? &sp : NULL;
}
