#include <errno.h>
#include <stdlib.h>
#include "etc_impl.h"

int getgrgid_r(gid_t gid, struct group *gr, char *buf, size_t size, struct group **result)
{
	struct __etc_buf b = { 0 };
	char **mem = NULL;
	size_t nmem = 0;
	int found, e = __gr_search(NULL, gid, &b, gr, &mem, &nmem, &found);

	if (!e && found)
		e = __gr_copy(&b, gr, buf, size);
	free(b.line);
	free(mem);
	*result = !e && found ? gr : NULL;
	return e;
}
