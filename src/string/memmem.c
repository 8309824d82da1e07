#define _GNU_SOURCE 1
#include <string.h>

/* memchr finds each candidate first byte; memcmp checks the rest. */
void *memmem(const void *hay, size_t len, const void *needle, size_t n)
{
	const unsigned char *h = hay, *end = h + len, *f = needle;

	if (!n)
		return (void *)hay;
	while ((size_t)(end - h) >= n) {
		h = memchr(h, f[0], end - h - n + 1);
		if (!h)
			return NULL;
		if (!memcmp(h + 1, f + 1, n - 1))
			return (void *)h;
		h++;
	}
	return NULL;
}
