#include <stdlib.h>
#include "mntent_impl.h"
#include "stdio_impl.h"

/* Lines of any length, in a buffer that grows. */
struct mntent *getmntent(FILE *f)
{
	static struct mntent mnt;
	static char *line;
	static size_t cap;

	while (__getdelim(&line, &cap, '\n', f) >= 0)
		if (!__mnt_parse(line, &mnt))
			return &mnt;
	return NULL;
}
