#include <math.h>
#include "mathfn.h"

double atan(double x)
{
	uint64_t ix = __dbits(x);
	uint32_t top = ix >> 52 & 0x7ff;
	double r, e;

	if (top < 0x3e3) {      /* |x| < 2^-28: atan x rounds to x */
		if (top == 0 && x != 0) {
			volatile double t = x * x;
			(void)t;
		}
		return x;
	}
	if (x != x)
		return x + x;
	r = __atan_dd(__builtin_fabs(x), 0.0, &e);
	return ix >> 63 ? -r : r;
}
