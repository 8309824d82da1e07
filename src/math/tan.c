#include <math.h>
#include "mathfn.h"

/*
 * sin/cos (or -cos/sin in the odd quadrants) of the reduced argument, each
 * to about 2^-62, the quotient corrected by its exact residual.
 */
double tan(double x)
{
	uint32_t top = __dbits(x) >> 52 & 0x7ff;
	double hi = x, lo = 0.0, s, sl, c, cl, q, p, pe;
	struct __dd S, C;
	int n = 0;

	if (top < 0x3e4) {      /* |x| < 2^-27: tan x rounds to x */
		if (top == 0 && x != 0) {
			volatile double t = x * x;
			(void)t;
		}
		return x;
	}
	if (top == 0x7ff)
		return x != x ? x + x : __m_invalid(x);
	if ((__dbits(x) & 0x7fffffffffffffff) > 0x3fe921fb54442d18)
		n = __rem_pio2(x, &hi, &lo);
	__sincos_dd(hi, lo, &S, &C);
	s = S.hi, sl = S.lo;
	c = C.hi, cl = C.lo;
	if (n & 1) {
		double t = s, tl = sl;
		s = -c, sl = -cl;
		c = t, cl = tl;
	}
	q = s / c;
	p = __two_prod(q, c, &pe);
	return q + (((s - p) - pe) + sl - q * cl) / c;
}
