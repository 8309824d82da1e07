#define _DEFAULT_SOURCE
#include <string.h>

/* As strncpy, returning the first NUL written, or dst + n if none was. */
char *stpncpy(char *restrict dst, const char *restrict src, size_t n)
{
	size_t len = strnlen(src, n);

	memcpy(dst, src, len);
	memset(dst + len, 0, n - len);
	return dst + len;
}
