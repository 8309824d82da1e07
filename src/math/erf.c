#include <math.h>
#include "mathfn.h"

/*
 * erf is odd: |x| by __erf_dd up to 6, where erf rounds to 1.  Below 2^-28,
 * erf x = c x (the x^3 term is below 2^-57 of it), x c_hi exact (x scaled
 * by 2^128, so that no partial product underflows, and back exactly: the
 * result is normal) plus x c_lo; a subnormal x, whose result may be
 * subnormal, takes x c_hi as the one rounding (x c_lo is below 2^-1077).
 */
double erf(double x)
{
	uint64_t ix = __dbits(x);
	uint32_t top = ix >> 52 & 0x7ff;
	double a = __builtin_fabs(x), r, lo, y;

	if (top < 0x3e3) {
		if (top == 0) {
			r = x * __erf_c[0];
			__m_tiny(r);
			return r;
		}
		y = x * 0x1p128;
		r = __two_prod(y, __erf_c[0], &lo);
		return (r + (lo + y * __erf_c[1])) * 0x1p-128;
	}
	if (top == 0x7ff)
		return x != x ? x + x : (ix >> 63 ? -1.0 : 1.0);
	if (a >= 6.0)
		r = 1.0 - 0x1p-60;
	else
		r = __erf_dd(a, &lo) + lo;
	return ix >> 63 ? -r : r;
}
