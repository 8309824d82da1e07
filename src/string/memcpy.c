#include <string.h>
#include "word.h"

/*
 * Copies forwards, reading each word before writing anything at or after
 * it: memmove relies on that when the destination lies below the source.
 */
void *memcpy(void *restrict dst, const void *restrict src, size_t n)
{
	unsigned char *d = dst;
	const unsigned char *s = src;

	if (n >= 4 * WS) {
		size_t off;

		for (; !IS_ALIGNED(d); n--)
			*d++ = *s++;
		off = (uintptr_t)s % WS;
		if (!off) {
			for (; n >= 4 * WS; n -= 4 * WS, d += 4 * WS, s += 4 * WS) {
				word a = ((const word *)s)[0], b = ((const word *)s)[1];
				word c = ((const word *)s)[2], e = ((const word *)s)[3];
				((word *)d)[0] = a;
				((word *)d)[1] = b;
				((word *)d)[2] = c;
				((word *)d)[3] = e;
			}
		} else {
			/*
			 * The source is misaligned against the destination: read
			 * aligned words and shift each pair into one output word.
			 */
			const word *ws = (const word *)(s - off) + 1;
			unsigned ls = off * 8, rs = WS * 8 - ls;
			size_t i, words = n / WS;
			word lo = ws[-1], hi;

			for (i = 0; i < words; i++) {
				hi = ws[i];
				((word *)d)[i] = MERGE(lo, hi, ls, rs);
				lo = hi;
			}
			d += words * WS;
			s += words * WS;
			n -= words * WS;
		}
		for (; n >= WS; n -= WS, d += WS, s += WS)
			*(word *)d = *(const word *)s;
	}
	while (n--)
		*d++ = *s++;
	return dst;
}
