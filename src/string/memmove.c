#include <stdint.h>
#include <string.h>
#include "copy.h"

void *memmove(void *dst, const void *src, size_t n)
{
	unsigned char *d = dst;
	const unsigned char *s = src;

	/*
	 * Forwards is right whenever the destination does not start inside
	 * the source.  Never through memcpy: its restrict promises no overlap,
	 * and a compiler may reorder its loads and stores on that promise.
	 */
	if ((uintptr_t)d - (uintptr_t)s >= n) {
		copy_forward(d, s, n);
		return dst;
	}
	/* Backwards: the end of the destination aligned, then a word at a time. */
	if (n >= 4 * WS) {
		size_t off;

		for (; !IS_ALIGNED(d + n); n--)
			d[n - 1] = s[n - 1];
		off = (uintptr_t)(s + n) % WS;
		if (!off) {
			for (; n >= 4 * WS; n -= 4 * WS) {
				word a = *(const word *)(s + n - WS), b = *(const word *)(s + n - 2 * WS);
				word c = *(const word *)(s + n - 3 * WS), e = *(const word *)(s + n - 4 * WS);
				*(word *)(d + n - WS) = a;
				*(word *)(d + n - 2 * WS) = b;
				*(word *)(d + n - 3 * WS) = c;
				*(word *)(d + n - 4 * WS) = e;
			}
			for (; n >= WS; n -= WS)
				*(word *)(d + n - WS) = *(const word *)(s + n - WS);
		} else {
			/* As memcpy's misaligned case, downwards: aligned source words shifted together. */
			const word *ws = (const word *)(s + n - off);
			unsigned ls = off * 8, rs = WS * 8 - ls;
			word hi = *ws, lo;

			for (; n >= WS; n -= WS) {
				lo = *--ws;
				*(word *)(d + n - WS) = MERGE(lo, hi, ls, rs);
				hi = lo;
			}
		}
	}
	while (n--)
		d[n] = s[n];
	return dst;
}
