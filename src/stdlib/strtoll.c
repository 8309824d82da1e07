#include <limits.h>
#include <stdlib.h>
#include "strtox.h"

long long strtoll(const char *restrict s, char **restrict end, int base)
{
	return __strtox(s, end, base, LLONG_MAX, 1);
}
