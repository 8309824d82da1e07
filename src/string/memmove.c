#include <stdint.h>
#include <string.h>
#include "word.h"

void *memmove(void *dst, const void *src, size_t n)
{
	unsigned char *d = dst;
	const unsigned char *s = src;

	/*
	 * memcpy copies forwards (each word is read before any byte at or
	 * after it is written), which is right whenever the destination does
	 * not start inside the source.
	 */
	if ((uintptr_t)d - (uintptr_t)s >= n)
		return memcpy(d, s, n);
	/* Backwards, a word at a time when both ends share an alignment. */
	if ((uintptr_t)d % WS == (uintptr_t)s % WS) {
		for (; n && !IS_ALIGNED(d + n); n--)
			d[n - 1] = s[n - 1];
		for (; n >= WS; n -= WS)
			*(word *)(d + n - WS) = *(const word *)(s + n - WS);
	}
	while (n--)
		d[n] = s[n];
	return dst;
}
