#include <inttypes.h>
#include "strtox.h"

uintmax_t strtoumax(const char *restrict s, char **restrict end, int base)
{
	return __strtox(s, end, base, UINTMAX_MAX, 0);
}
