#define _GNU_SOURCE 1
#include <string.h>

/* GNU's: never writes, so "dir/" gives "" (POSIX's, in <libgen.h>, gives "dir"). */
char *basename(const char *path)
{
	const char *slash = strrchr(path, '/');

	return (char *)(slash ? slash + 1 : path);
}
