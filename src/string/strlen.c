#include <string.h>
#include "word.h"

size_t strlen(const char *str)
{
	const char *s = str;
	const word *w;

	for (; !IS_ALIGNED(s); s++)
		if (!*s)
			return s - str;
	for (w = (const void *)s; !HAS_ZERO(*w); w++)
		;
	for (s = (const void *)w; *s; s++)
		;
	return s - str;
}
