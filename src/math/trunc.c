#include "libm.h"

double trunc(double x)
{
	uint64_t u = __d2u(x);
	int e = (int)(u >> 52 & 0x7ff) - 0x3ff;

	if (e >= 52)
		return e == 0x400 ? x + x : x;
	if (e < 0)
		return __u2d(u & (uint64_t)1 << 63);
	return __u2d(u & ~(((uint64_t)1 << (52 - e)) - 1));
}
