#define _DEFAULT_SOURCE 1
#include <string.h>

/* Returns strlen(src) so that a result >= size tells the caller it was cut. */
size_t strlcpy(char *restrict dst, const char *restrict src, size_t size)
{
	size_t len = strlen(src);

	if (size) {
		size_t n = len < size ? len : size - 1;

		memcpy(dst, src, n);
		dst[n] = 0;
	}
	return len;
}
