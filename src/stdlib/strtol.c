#include <limits.h>
#include <stdlib.h>
#include "strtox.h"

long strtol(const char *restrict s, char **restrict end, int base)
{
	return __strtox(s, end, base, LONG_MAX, 1);
}
