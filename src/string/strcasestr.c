#define _GNU_SOURCE
#include <ctype.h>
#include <string.h>
#include <strings.h>

char *strcasestr(const char *s, const char *find)
{
	size_t n = strlen(find);

	if (!n)
		return (char *)s;
	for (; *s; s++)
		if (__td_tolower((unsigned char)*s) == __td_tolower((unsigned char)*find) &&
		    !strncasecmp(s, find, n))
			return (char *)s;
	return NULL;
}
