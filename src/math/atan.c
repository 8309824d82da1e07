#include <math.h>
#include "mathfn.h"

/* atan(|x|/1), or pi/2 - atan(1/|x|) above 1, both by __atan_yx without a reciprocal. */
double atan(double x)
{
	uint64_t ix = __dbits(x);
	uint32_t top = ix >> 52 & 0x7ff;
	double a, r, e, s;

	if (top < 0x3e3) {      /* |x| < 2^-28: atan x rounds to x */
		if (top == 0 && x != 0) {
			volatile double t = x * x;
			(void)t;
		}
		return x;
	}
	if (x != x)
		return x + x;
	a = __builtin_fabs(x);
	if (a <= 1.0) {
		r = __atan_yx(a, 1.0, &e);
		r += e;
	} else if (a < 0x1p60) {
		r = __atan_yx(1.0, a, &e);
		r = __two_sum(0x1.921fb54442d18p+0, -r, &s);
		r += s + (0x1.1a62633145c07p-54 - e);
	} else {
		r = 0x1.921fb54442d18p+0 + 0x1p-60;
	}
	return ix >> 63 ? -r : r;
}
