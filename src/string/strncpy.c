#include <string.h>
#include "string_impl.h"

char *strncpy(char *restrict dst, const char *restrict src, size_t n)
{
	size_t len = __strnlen(src, n);

	memcpy(dst, src, len);
	/* Pads with NULs to n, as C requires, and so does not terminate a long src. */
	memset(dst + len, 0, n - len);
	return dst;
}
