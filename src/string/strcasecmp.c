#define _DEFAULT_SOURCE 1
#include <ctype.h>
#include <strings.h>

int strcasecmp(const char *a, const char *b)
{
	const unsigned char *l = (const void *)a, *r = (const void *)b;

	for (; *l && __td_tolower(*l) == __td_tolower(*r); l++, r++)
		;
	return __td_tolower(*l) - __td_tolower(*r);
}
