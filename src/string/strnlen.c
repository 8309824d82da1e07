#include <string.h>
#include "string_impl.h"

size_t __strnlen(const char *s, size_t max)
{
	const char *end = memchr(s, 0, max);

	return end ? (size_t)(end - s) : max;
}

weak_alias(__strnlen, strnlen);
