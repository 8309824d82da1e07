#include <math.h>
#include "lgamma.h"

/*
 * Poles (0 and the negative integers, every double at or below -2^52 being
 * one) give +inf with ERANGE and divide-by-zero; *sign is -1 for -0 and 1
 * for the others, inf and nan, as glibc.  Past __LGAMMA_MAX the result
 * overflows.
 */
hidden double __lgamma_r(double x, int *sign)
{
	double h, l;

	*sign = 1;
	if (x != x)
		return x + x;
	if (x == INFINITY || x == -INFINITY)
		return INFINITY;
	if (x == 0) {
		*sign = __dbits(x) >> 63 ? -1 : 1;
		return __m_divzero(0);
	}
	if (x < 0 && (x <= -0x1p52 || x == (double)(int64_t)x))
		return __m_divzero(0);
	if (x > __LGAMMA_MAX)
		return __m_oflow(0);
	h = __lgamma_dd(x, &l, sign);
	return h + l;
}

weak_alias(__lgamma_r, lgamma_r);
