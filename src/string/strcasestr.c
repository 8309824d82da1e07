#define _GNU_SOURCE 1
#include <ctype.h>
#include <string.h>
#include <strings.h>
#include "string_impl.h"

char *strcasestr(const char *s, const char *find)
{
	size_t n = strlen(find);

	if (!n)
		return (char *)s;
	for (; *s; s++)
		if (__td_tolower((unsigned char)*s) == __td_tolower((unsigned char)*find) &&
		    !__strncasecmp(s, find, n))
			return (char *)s;
	return NULL;
}
