#include <string.h>
#include "word.h"

void *memset(void *dst, int c, size_t n)
{
	unsigned char *d = dst;

	if (n >= 2 * WS) {
		word w = ONES * (unsigned char)c;

		for (; !IS_ALIGNED(d); n--)
			*d++ = (unsigned char)c;
		for (; n >= 4 * WS; n -= 4 * WS, d += 4 * WS) {
			((word *)d)[0] = w;
			((word *)d)[1] = w;
			((word *)d)[2] = w;
			((word *)d)[3] = w;
		}
		for (; n >= WS; n -= WS, d += WS)
			*(word *)d = w;
	}
	while (n--)
		*d++ = (unsigned char)c;
	return dst;
}
