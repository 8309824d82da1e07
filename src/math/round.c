#include "libm.h"

/* Adds half a unit to the magnitude, then clears the fraction bits. */
double round(double x)
{
	uint64_t u = __d2u(x), sign = u & (uint64_t)1 << 63, m;
	int e = (int)(u >> 52 & 0x7ff) - 0x3ff;

	if (e >= 52)
		return e == 0x400 ? x + x : x;
	if (e < -1)
		return __u2d(sign);
	if (e == -1)
		return __u2d(sign | __d2u(1.0));
	m = ((uint64_t)1 << (52 - e)) - 1;
	u += (m + 1) >> 1;
	return __u2d(u & ~m);
}
