#include <string.h>

char *strtok(char *restrict s, const char *restrict sep)
{
	static char *next;

	if (!s && !(s = next))
		return NULL;
	s += strspn(s, sep);
	if (!*s) {
		next = NULL;
		return NULL;
	}
	next = s + strcspn(s, sep);
	if (*next)
		*next++ = 0;
	else
		next = NULL;
	return s;
}
