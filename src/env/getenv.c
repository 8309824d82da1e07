#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "libc.h"

char *getenv(const char *name)
{
	size_t n = strlen(name);
	char **e;

	if (!__environ || !n || strchr(name, '='))
		return NULL;
	for (e = __environ; *e; e++)
		if (!strncmp(*e, name, n) && (*e)[n] == '=')
			return *e + n + 1;
	return NULL;
}
