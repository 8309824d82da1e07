#include <string.h>
#include "string_impl.h"

/* Appends at most n bytes of src, and always a terminating NUL. */
char *strncat(char *restrict dst, const char *restrict src, size_t n)
{
	char *d = dst + strlen(dst);
	size_t len = __strnlen(src, n);

	memcpy(d, src, len);
	d[len] = 0;
	return dst;
}
