#define _GNU_SOURCE 1
#include <string.h>

void *mempcpy(void *restrict dst, const void *restrict src, size_t n)
{
	return (char *)memcpy(dst, src, n) + n;
}
