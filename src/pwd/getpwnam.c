#include <errno.h>
#include "etc_impl.h"

struct passwd *getpwnam(const char *name)
{
	static struct __etc_buf b;
	static struct passwd pw;
	int found, e = __pw_search(name, 0, &b, &pw, &found);

	if (e)
		errno = e;
	return found ? &pw : NULL;
}
