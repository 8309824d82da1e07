#define _DEFAULT_SOURCE 1
#include <string.h>
#include "string_impl.h"

/* As strncpy, returning the first NUL written, or dst + n if none was. */
char *stpncpy(char *restrict dst, const char *restrict src, size_t n)
{
	size_t len = __strnlen(src, n);

	memcpy(dst, src, len);
	memset(dst + len, 0, n - len);
	return dst + len;
}
