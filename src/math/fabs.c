#include "libm.h"

double fabs(double x)
{
	return __u2d(__d2u(x) & ~((uint64_t)1 << 63));
}
