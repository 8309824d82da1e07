#include <inttypes.h>
#include "strtox.h"

intmax_t strtoimax(const char *restrict s, char **restrict end, int base)
{
	return __strtox(s, end, base, INTMAX_MAX, 1);
}
