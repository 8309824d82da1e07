#include <math.h>
#include "mathfn.h"

#define LN2_HI 0x1.62e42fefa38p-1
#define LN2_LO 0x1.ef35793c76730p-45

/*
 * |x| < 1/32: the Taylor series to x^11.  Up to 22: (E - 1/E)/2 with
 * E = e^|x| and 1/E each as hi + lo, so that the difference loses nothing.
 * Beyond, e^(|x| - ln2), |x| - ln2hi exact, so it overflows where sinh does.
 */
double sinh(double x)
{
	uint64_t ix = __dbits(x);
	uint32_t top = ix >> 52 & 0x7ff;
	double a = __builtin_fabs(x), e, el, v, vl, p, pe, d, de, r;

	if (top < 0x3fa) {      /* |x| < 1/32 */
		if (top < 0x3e4) {
			__m_tiny(x);
			return x;
		}
		e = x * x;
		return x + x * e * (0x1.5555555555555p-3 + e * (0x1.1111111111111p-7 + e * (0x1.a01a01a01a01ap-13
			+ e * (0x1.71de3a556c734p-19 + e * 0x1.ae64567f544e4p-26))));
	}
	if (x != x)
		return x + x;
	if (a > 22.0) {
		if (a == INFINITY)
			return x;
		return __exp_dd(a - LN2_HI, -LN2_LO, (int)(ix >> 63));
	}
	e = __exp_hilo(a, &el);
	v = 1.0 / e;
	p = __two_prod(v, e, &pe);
	vl = (((1.0 - p) - pe) - v * el) * v;
	d = __two_sum(e, -v, &de);
	r = 0.5 * (d + (de + (el - vl)));
	return ix >> 63 ? -r : r;
}
