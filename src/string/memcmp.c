#include <string.h>
#include "word.h"

int memcmp(const void *a, const void *b, size_t n)
{
	const unsigned char *l = a, *r = b;

	/* When both share an alignment, skip the equal words whole. */
	if (n >= WS && (uintptr_t)l % WS == (uintptr_t)r % WS) {
		for (; !IS_ALIGNED(l); n--, l++, r++)
			if (*l != *r)
				return *l - *r;
		for (; n >= WS && *(const word *)l == *(const word *)r; n -= WS, l += WS, r += WS)
			;
	}
	for (; n; n--, l++, r++)
		if (*l != *r)
			return *l - *r;
	return 0;
}
