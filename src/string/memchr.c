#include <string.h>
#include "word.h"

void *memchr(const void *src, int c, size_t n)
{
	const unsigned char *s = src;
	unsigned char b = c;

	for (; n && !IS_ALIGNED(s); n--, s++)
		if (*s == b)
			return (void *)s;
	/* Whole aligned words inside the buffer: XOR turns a match into a zero byte. */
	if (n >= WS) {
		word pattern = ONES * b;

		for (; n >= WS; n -= WS, s += WS)
			if (HAS_ZERO(*(const word *)s ^ pattern))
				break;
	}
	for (; n; n--, s++)
		if (*s == b)
			return (void *)s;
	return NULL;
}
