#include <string.h>
#include "word.h"

char *strchr(const char *str, int c)
{
	const char *s = str;
	const word *w;
	word pattern;

	for (; !IS_ALIGNED(s); s++) {
		if (*s == (char)c)
			return (char *)s;
		if (!*s)
			return NULL;
	}
	/* Aligned words until one holds the NUL or c (a zero byte after XOR). */
	pattern = ONES * (unsigned char)c;
	for (w = (const void *)s; !HAS_ZERO(*w) && !HAS_ZERO(*w ^ pattern); w++)
		;
	for (s = (const void *)w;; s++) {
		if (*s == (char)c)
			return (char *)s;
		if (!*s)
			return NULL;
	}
}
