#include <string.h>
#include "word.h"

char *strcpy(char *restrict dst, const char *restrict src)
{
	char *d = dst;
	const char *s = src;

	/* When both share an alignment, copy whole words up to the one holding the NUL. */
	if ((uintptr_t)d % WS == (uintptr_t)s % WS) {
		for (; !IS_ALIGNED(s); s++, d++)
			if (!(*d = *s))
				return dst;
		for (; !HAS_ZERO(*(const word *)s); s += WS, d += WS)
			*(word *)d = *(const word *)s;
	}
	while ((*d++ = *s++))
		;
	return dst;
}
