#include <limits.h>
#include <stdlib.h>
#include "strtox.h"

unsigned long long strtoull(const char *restrict s, char **restrict end, int base)
{
	return __strtox(s, end, base, ULLONG_MAX, 0);
}
