#include <math.h>
#include "mathfn.h"

/*
 * log needs less than __log_dd's 2^-68 (mathfn.h, for pow): within 2^-6
 * of 1, the Taylor series of log1p(x - 1) to the 11th power; elsewhere the same reduction with
 * r = f/F correctly rounded (its error, at most 2^-62, is then below an
 * eighth of the result's ulp), the series to r^8, and k ln2hi + log F hi + r
 * by Fast2Sum (|r| <= 2^-8 is below the first term).
 */
double log(double x)
{
	uint64_t ix = __dbits(x), tmp;
	int k, j;
	double z, F, f, r, r2, p, s1, hi, e, lo;

	if (ix - 0x0010000000000000 >= 0x7ff0000000000000 - 0x0010000000000000) {
		if (x != x)
			return x + x;
		if (x == 0)
			return __m_divzero(1);
		if (ix >> 63)
			return __m_invalid(x);
		if (x == INFINITY)
			return x;
		ix = __dbits(x * 0x1p52) - (52ull << 52);      /* subnormal */
	}
	if (ix - 0x3fef800000000000 < 0x3ff0400000000000 - 0x3fef800000000000) {
		r = x - 1.0;
		r2 = r * r;
		p = __mad(r2 * r2, __mad(r2, __mad(r2, 0x1.745d1745d1746p-4,
			__nmad(r, 0x1.999999999999ap-4, 0x1.c71c71c71c71cp-4)), __nmad(r, 0.125, 0x1.2492492492492p-3)),
			__mad(r2, __nmad(r, 0x1.5555555555555p-3, 0x1.999999999999ap-3), __nmad(r, 0.25, 0x1.5555555555555p-2)));
		return r + __mad(r * r2, p, -0.5 * r2);
	}
	/* x = 2^k z, z in [1 - 2^-8, 2 - 2^-7); cell i of width 2^-7 (2^-8 for i = 0) */
	tmp = ix - 0x3fefe00000000000;
	k = (int)((int64_t)tmp >> 52);
	j = (int)(tmp >> 45 & 127);
	z = __dfrom(ix - (tmp & 0xfff0000000000000));
	F = __logf_c[j];
	f = z - F;
	r = f / F;
	r2 = r * r;
	p = __mad(r2 * r2, __nmad(r, 0.125, 0x1.2492492492492p-3),
		__mad(r2, __nmad(r, 0x1.5555555555555p-3, 0x1.999999999999ap-3), __nmad(r, 0.25, 0x1.5555555555555p-2)));
	s1 = k * __LN2_HI + __logf_tab[j].hi;
	hi = __fast_two_sum(s1, r, &e);
	lo = __mad(r * r2, p, e + __logf_tab[j].lo + k * __LN2_LO - 0.5 * r2);
	return hi + lo;
}
