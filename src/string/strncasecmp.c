#define _DEFAULT_SOURCE 1
#include <ctype.h>
#include <strings.h>
#include "string_impl.h"

int __strncasecmp(const char *a, const char *b, size_t n)
{
	const unsigned char *l = (const void *)a, *r = (const void *)b;

	if (!n)
		return 0;
	for (; --n && *l && __td_tolower(*l) == __td_tolower(*r); l++, r++)
		;
	return __td_tolower(*l) - __td_tolower(*r);
}

weak_alias(__strncasecmp, strncasecmp);
