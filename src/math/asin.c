#include <math.h>
#include "mathfn.h"

#define PIO2_HI 0x1.921fb54442d18p+0

/*
 * asin x = atan(x / sqrt(1 - x^2)), with 1 - x^2 = (1 - |x|)(1 + |x|), its
 * square root and the quotient each carried as hi + lo.
 */
double asin(double x)
{
	uint64_t ix = __dbits(x);
	uint32_t top = ix >> 52 & 0x7ff;
	double a = __builtin_fabs(x), u, ue, w, we, d, de, s, sl, p, pe, q, ql, r, e;

	if (top < 0x3e4) {      /* |x| < 2^-27 */
		__m_tiny(x);
		return x;
	}
	if (x != x)
		return x + x;
	if (a >= 1.0) {
		if (a > 1.0)
			return __m_invalid(x);
		r = PIO2_HI + 0x1p-60;
		return ix >> 63 ? -r : r;
	}
	u = __two_sum(1.0, -a, &ue);
	w = __two_sum(1.0, a, &we);
	d = __two_prod(u, w, &de);
	de += u * we + ue * w;
	s = __builtin_sqrt(d);
	p = __two_prod(s, s, &pe);
	sl = (((d - p) - pe) + de) / (2.0 * s);
	q = a / s;
	p = __two_prod(q, s, &pe);
	ql = (((a - p) - pe) - q * sl) / s;
	r = __atan_dd(q, ql, &e);
	r += e;
	return ix >> 63 ? -r : r;
}
