#include <errno.h>
#include <stdlib.h>
#include "etc_impl.h"

int getpwnam_r(const char *name, struct passwd *pw, char *buf, size_t size, struct passwd **result)
{
	struct __etc_buf b = { 0 };
	int found, e = __pw_search(name, 0, &b, pw, &found);

	if (!e && found)
		e = __pw_copy(&b, pw, buf, size);
	free(b.line);
	*result = !e && found ? pw : NULL;
	return e;
}
