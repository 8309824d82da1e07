#include "libm.h"

double copysign(double x, double y)
{
	uint64_t s = (uint64_t)1 << 63;

	return __u2d((__d2u(x) & ~s) | (__d2u(y) & s));
}
