#include <limits.h>
#include <stdlib.h>
#include "strtox.h"

unsigned long strtoul(const char *restrict s, char **restrict end, int base)
{
	return __strtox(s, end, base, ULONG_MAX, 0);
}
