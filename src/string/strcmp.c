#include <string.h>
#include "word.h"

int strcmp(const char *a, const char *b)
{
	/*
	 * When both share an alignment, skip equal words that hold no NUL: a
	 * word of either string is read only after the one before it held no
	 * NUL in both, so no read crosses into a page the strings do not reach.
	 */
	if ((uintptr_t)a % WS == (uintptr_t)b % WS) {
		for (; !IS_ALIGNED(a); a++, b++)
			if (!*a || *a != *b)
				return *(const unsigned char *)a - *(const unsigned char *)b;
		for (; *(const word *)a == *(const word *)b && !HAS_ZERO(*(const word *)a);
		     a += WS, b += WS)
			;
	}
	for (; *a && *a == *b; a++, b++)
		;
	return *(const unsigned char *)a - *(const unsigned char *)b;
}
