#include <errno.h>
#include <stdlib.h>
#include "etc_impl.h"

int getgrnam_r(const char *name, struct group *gr, char *buf, size_t size, struct group **result)
{
	struct __etc_buf b = { 0 };
	char **mem = NULL;
	size_t nmem = 0;
	int found, e = __gr_search(name, 0, &b, gr, &mem, &nmem, &found);

	if (!e && found)
		e = __gr_copy(&b, gr, buf, size);
	free(b.line);
	free(mem);
	*result = !e && found ? gr : NULL;
	return e;
}
