#include <math.h>
#include "mathfn.h"

/*
 * |x| < 1/32: the Taylor series to x^13.  Up to 22: (E - 1/E)/(E + 1/E)
 * with both sums as hi + lo and the quotient corrected by its exact
 * residual.  Beyond, tanh rounds to +-1.
 */
double tanh(double x)
{
	uint64_t ix = __dbits(x);
	uint32_t top = ix >> 52 & 0x7ff;
	double a = __builtin_fabs(x), e, el, v, vl, p, pe, n, nl, d, dl, q, r;

	if (top < 0x3fa) {
		if (top < 0x3e4) {
			__m_tiny(x);
			return x;
		}
		e = x * x;
		return x + x * e * (-0x1.5555555555555p-2 + e * (0x1.1111111111111p-3 + e * (-0x1.ba1ba1ba1ba1cp-5
			+ e * (0x1.664f4882c10fap-6 + e * (-0x1.226e355e6c23dp-7 + e * 0x1.d6d3d0e157de0p-9)))));
	}
	if (x != x)
		return x + x;
	if (a > 22.0) {
		r = 1.0 - 0x1p-60;
	} else {
		e = __exp_hilo(a, &el);
		v = 1.0 / e;
		p = __two_prod(v, e, &pe);
		vl = (((1.0 - p) - pe) - v * el) * v;
		n = __two_sum(e, -v, &nl);
		nl += el - vl;
		d = __two_sum(e, v, &dl);
		dl += el + vl;
		q = n / d;
		p = __two_prod(q, d, &pe);
		r = q + (((n - p) - pe) + nl - q * dl) / d;
	}
	return ix >> 63 ? -r : r;
}
