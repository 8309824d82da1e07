#include "libm.h"

/* Clears the fraction bits; a positive with a fraction first rounds its magnitude up. */
double ceil(double x)
{
	uint64_t u = __d2u(x), m;
	int e = (int)(u >> 52 & 0x7ff) - 0x3ff;

	if (e >= 52)
		return e == 0x400 ? x + x : x;
	if (e < 0) {
		if (u >> 63 || !(u << 1))
			return u >> 63 ? -0.0 : x;
		return 1.0;
	}
	m = ((uint64_t)1 << (52 - e)) - 1;
	if (!(u & m))
		return x;
	if (!(u >> 63))
		u += m;
	return __u2d(u & ~m);
}
