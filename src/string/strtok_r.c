#define _DEFAULT_SOURCE 1
#include <string.h>

char *strtok_r(char *restrict s, const char *restrict sep, char **restrict save)
{
	if (!s && !(s = *save))
		return NULL;
	s += strspn(s, sep);
	if (!*s) {
		*save = NULL;
		return NULL;
	}
	*save = s + strcspn(s, sep);
	if (**save)
		*(*save)++ = 0;
	else
		*save = NULL;
	return s;
}
