#define _DEFAULT_SOURCE 1
#include <string.h>

char *strsep(char **sp, const char *sep)
{
	char *s = *sp, *end;

	if (!s)
		return NULL;
	end = s + strcspn(s, sep);
	if (*end)
		*end++ = 0;
	else
		end = NULL;
	*sp = end;
	return s;
}
