#include <stdlib.h>
#include <string.h>
#include "string_impl.h"

char *strndup(const char *s, size_t max)
{
	size_t n = __strnlen(s, max);
	char *d = malloc(n + 1);

	if (!d)
		return NULL;
	memcpy(d, s, n);
	d[n] = 0;
	return d;
}
