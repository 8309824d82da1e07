#include <string.h>

/* The C locale collates by byte value. */
int strcoll(const char *a, const char *b)
{
	return strcmp(a, b);
}
