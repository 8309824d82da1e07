#include <errno.h>
#include "etc_impl.h"

struct passwd *getpwuid(uid_t uid)
{
	static struct __etc_buf b;
	static struct passwd pw;
	int found, e = __pw_search(NULL, uid, &b, &pw, &found);

	if (e)
		errno = e;
	return found ? &pw : NULL;
}
