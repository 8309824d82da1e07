#include <math.h>
#include "lgamma.h"

/*
 * exp of lgamma's double-double core with gamma's sign: the core's absolute
 * error (about 2^-64 up to 171.6) is the result's relative error, and
 * __exp_dd rounds once, into the subnormals too.  Annex F's cases first:
 * a pole at ±0 (±inf, ERANGE), nan with EDOM for a negative integer and
 * -inf, overflow past 171.62, underflow to ±0 below -190.
 */
double tgamma(double x)
{
	double h, l;
	int sign;

	if (x != x || x == INFINITY)
		return x + x;
	if (x == 0)
		return __m_divzero(__dbits(x) >> 63);
	if (x < 0 && (x <= -0x1p52 || x == (double)(int64_t)x))
		return __m_invalid(x);
	if (x > 172.0)
		return __m_oflow(0);
	if (x < -190.0)
		return __m_uflow((int64_t)-x & 1 ? 0 : 1);
	h = __lgamma_dd(x, &l, &sign);
	return __exp_dd(h, l, sign < 0);
}
