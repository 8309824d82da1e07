#define _DEFAULT_SOURCE 1
#include <string.h>
#include "string_impl.h"

/*
 * A dst with no NUL in its first size bytes is left alone and counts as
 * size long, as in OpenBSD: the result still says how long the whole would be.
 */
size_t strlcat(char *restrict dst, const char *restrict src, size_t size)
{
	size_t have = __strnlen(dst, size), len = strlen(src);

	if (have == size)
		return size + len;
	if (len < size - have) {
		memcpy(dst + have, src, len + 1);
	} else {
		memcpy(dst + have, src, size - have - 1);
		dst[size - 1] = 0;
	}
	return have + len;
}
