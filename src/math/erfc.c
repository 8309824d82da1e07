#include <math.h>
#include "mathfn.h"

/*
 * Below 1/2: 1 - erf x, with erf x as hi + lo (erfc is above 0.47 there);
 * x < 0: 1 + erf|x|.  From 1/2 to 28: erfc x = exp(-x^2 + G(x)), G(x) =
 * log(erfc x) + x^2 smooth, by pieces (8 per binade) as hi + lo; x^2 is
 * exact as p + pe, so the exponent is exact to about 2^-62 absolute, erfc's
 * relative error, and exp rounds once, into the subnormals too.  Beyond 28
 * erfc underflows.
 */
double erfc(double x)
{
	uint64_t ix = __dbits(x);
	uint32_t top = ix >> 52 & 0x7ff;
	double a = __builtin_fabs(x), h, l, s, se, p, pe;

	if (top < 0x3c7)        /* |x| < 2^-56 */
		return 1.0 - x;
	if (top == 0x7ff)
		return x != x ? x + x : (ix >> 63 ? 2.0 : 0.0);
	if (ix >> 63) {
		if (a >= 6.0)
			return 2.0 - 0x1p-60;
		h = __erf_dd(a, &l);
		s = __fast_two_sum(1.0, h, &se);
		return s + (se + l);
	}
	if (x < 0.5) {
		h = __erf_dd(x, &l);
		s = __two_sum(1.0, -h, &se);
		return s + (se - l);
	}
	if (x >= 28.0)
		return __m_uflow(0);
	int i = (int)((ix >> 52) - (1023 - 1)) * 8 + (int)(ix >> 49 & 7);
	double mid = __dfrom((ix & ~((1ull << 49) - 1)) | 1ull << 48);
	h = __erf_piece_eval(&__erfc_tab[i], x - mid, &l);
	p = __two_prod(x, x, &pe);
	s = __two_sum(-p, h, &se);
	s = __fast_two_sum(s, se + l - pe, &se);
	return __exp_dd(s, se, 0);
}
