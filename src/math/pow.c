#include <math.h>
#include "mathfn.h"

/* 0 when y is not an integer, 1 when it is odd, 2 when even (y finite, nonzero). */
static int integer_class(uint64_t iy)
{
	int e = (int)(iy >> 52 & 0x7ff) - 0x3ff;
	uint64_t unit;

	if (e < 0)
		return 0;
	if (e > 52)
		return 2;
	unit = 1ull << (52 - e);
	if (iy & (unit - 1))
		return 0;
	return iy & unit ? 1 : 2;
}

/* Annex F's table for x or y zero, infinite or nan, and y = ±0 or x = 1. */
static double pow_special(double x, double y, uint64_t ix, uint64_t iy)
{
	int odd = integer_class(iy) == 1;
	double ax = __builtin_fabs(x);

	if (y == 0 || x == 1.0)
		return 1.0;
	if (x != x || y != y)
		return x + y;
	if (y == INFINITY || y == -INFINITY) {
		if (ax == 1.0)
			return 1.0;
		return (ax < 1.0) == (y < 0) ? INFINITY : 0.0;
	}
	if (x == 0) {
		if (iy >> 63)
			return __m_divzero(odd && ix >> 63);
		return odd ? x : 0.0;
	}
	/* x infinite */
	if (iy >> 63)
		return odd ? 1 / x : 0.0;
	return odd ? x : INFINITY;
}

/*
 * x^y = exp(y log x), with log x as hi + lo to about 2^-68 relative (what
 * y log x up to 745 needs for the last bit) and the product y (hi + lo)
 * taken exactly (on 26-bit halves, or by one fused multiply-add in a build
 * for FMA), then exp of the sum.
 */
double pow(double x, double y)
{
	uint64_t ix = __dbits(x), iy = __dbits(y);
	int neg = 0;
	double hi, lo, e, el;

	if (((iy << 1) - 1 >= (0x7ffull << 53) - 1) || (ix - 0x0010000000000000 >= 0x7ff0000000000000 - 0x0010000000000000)) {
		/* y zero, inf or nan, or x not positive normal */
		if ((iy << 1) - 1 >= (0x7ffull << 53) - 1 || x != x || x == 0
		    || x == INFINITY || x == -INFINITY)
			return pow_special(x, y, ix, iy);
		if (ix >> 63) {
			int c = integer_class(iy);
			if (c == 0)
				return __m_invalid(x);
			neg = c == 1;
			x = -x;
			ix &= 0x7fffffffffffffff;
		}
	}
	if ((iy >> 52 & 0x7ff) - (0x3ff - 65) >= 65 + 64) {
		/* |y| below 2^-65 or from 2^64; x = 1 is exact there (elsewhere log 1 and exp 0 are) */
		if (x == 1.0)
			return neg ? -1.0 : 1.0;
		if ((iy >> 52 & 0x7ff) < 0x3ff - 65)    /* 1 +- tiny, inexact */
			return 1.0 + ((x < 1.0) != (y < 0) ? -0x1p-60 : 0x1p-60);
		/* |y log x| >= 2^11 for any x != 1 */
		if ((x < 1.0) == !(iy >> 63))
			return __m_uflow(neg);
		return __m_oflow(neg);
	}
	hi = __log_dd(x, &lo);
#ifdef __FMA__
	e = __two_prod(y, hi, &el);
	el += y * lo;
#else
	double yh = __trunc26(y), hh = __trunc26(hi);

	e = yh * hh;
	el = (y - yh) * hh + y * ((hi - hh) + lo);
#endif
	return __exp_core(e, el, neg);
}
