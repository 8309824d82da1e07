/*
 * The forward copy behind memcpy and memmove.  Each source word is read
 * before anything at or after it is written, so the copy is also right for
 * overlapping buffers whose destination starts below the source, the case
 * memmove gives it.  Its pointers are not restrict, so the compiler keeps
 * that order; memcpy's restrict applies only to memcpy's own callers.
 */
#ifndef TRAPDOOR_COPY_H
#define TRAPDOOR_COPY_H

#include <stddef.h>
#include <stdint.h>
#include "word.h"

/* The misaligned source: aligned words read and shifted pairwise into each output word. */
static inline void copy_words_shifted(unsigned char *d, const unsigned char *s, size_t words)
{
	size_t off = (uintptr_t)s % WS;
	const word *ws = (const word *)(s - off) + 1;
	unsigned ls = off * 8, rs = WS * 8 - ls;
	word lo = ws[-1], hi;

	for (size_t i = 0; i < words; i++) {
		hi = ws[i];
		((word *)d)[i] = MERGE(lo, hi, ls, rs);
		lo = hi;
	}
}

static inline void copy_forward(unsigned char *d, const unsigned char *s, size_t n)
{
	if (n >= 4 * WS) {
		for (; !IS_ALIGNED(d); n--)
			*d++ = *s++;
		if (IS_ALIGNED(s)) {
			for (; n >= 4 * WS; n -= 4 * WS, d += 4 * WS, s += 4 * WS) {
				word a = ((const word *)s)[0], b = ((const word *)s)[1];
				word c = ((const word *)s)[2], e = ((const word *)s)[3];
				((word *)d)[0] = a;
				((word *)d)[1] = b;
				((word *)d)[2] = c;
				((word *)d)[3] = e;
			}
		} else {
			size_t words = n / WS;

			copy_words_shifted(d, s, words);
			d += words * WS;
			s += words * WS;
			n -= words * WS;
		}
		for (; n >= WS; n -= WS, d += WS, s += WS)
			*(word *)d = *(const word *)s;
	}
	while (n--)
		*d++ = *s++;
}

#endif
