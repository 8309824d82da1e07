#include "stdio_impl.h"

size_t fwrite(const void *restrict ptr, size_t size, size_t n, FILE *restrict f)
{
	size_t total = size * n, k;

	if (!size || !n)
		return 0;
	k = __fwritex(ptr, total, f);
	return k == total ? n : k / size;
}
