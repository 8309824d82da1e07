#include <math.h>
#include "mathfn.h"

/* ln2 as hi + lo, hi a multiple of 2^-42: k*hi is exact for |k| < 2^11. */
#define LN2_HI 0x1.62e42fefa38p-1
#define LN2_LO 0x1.ef35793c76730p-45

/*
 * log(x) for positive finite x, as hi + *lo (Tang's method): x = 2^k z with
 * z in [1 - 2^-8, 2 - 2^-8), F = 1 + j/128 the nearest point of the table,
 * r = (z - F)/F, log x = k ln2 + log F + log1p(r).  r is carried as rh + rl,
 * rh of 26 bits so that rh^2/2 is exact: log1p(r) = rh - rh^2/2 + rl - rh rl
 * - rl^2/2 + r^3 P(r), P the Taylor series to r^10 (|r| <= 2^-8, so the
 * next term is below 2^-80 r).  The sums of the leading parts are exact
 * (k ln2hi + log F hi on a 2^-42 grid, then TwoSums), so the relative error
 * is about 2^-68, which pow needs.
 */
hidden double __log_dd(double x, double *lo)
{
	uint64_t ix = __dbits(x), m;
	int k = 0, j;
	double z, F, f, invF, r, rh, rl, r3, p, s1, a, ea, b, eb, l;

	if (ix < 0x0010000000000000) {  /* subnormal */
		ix = __dbits(x * 0x1p52);
		k = -52;
	}
	m = ix & 0x000fffffffffffff;
	k += (int)(ix >> 52) - 1023;
	if (m >= 0x000ff00000000000) {
		k++;
		z = __dfrom(m | 0x3fe0000000000000);
		j = 0;
	} else {
		z = __dfrom(m | 0x3ff0000000000000);
		j = (int)((m + (1ull << 44)) >> 45);
	}
	F = 1.0 + j * 0x1p-7;
	f = z - F;
	invF = 1.0 / F;
	r = f * invF;
	rh = __trunc26(r);
	rl = (f - rh * F) * invF;
	r = rh + rl;
	r3 = r * r * r;
	p = 0x1.5555555555555p-2 - r * 0.25 + r * r * (0x1.999999999999ap-3 - r * 0x1.5555555555555p-3
		+ r * r * (0x1.2492492492492p-3 - r * 0.125
		+ r * r * (0x1.c71c71c71c71cp-4 - r * 0x1.999999999999ap-4)));
	s1 = k * LN2_HI + __log_tab[j].hi;
	a = __two_sum(s1, rh, &ea);
	b = __two_sum(a, -0.5 * rh * rh, &eb);
	l = ea + eb + __log_tab[j].lo + k * LN2_LO + (rl - rh * rl - 0.5 * rl * rl) + r3 * p;
	return __fast_two_sum(b, l, lo);
}

/*
 * log itself needs no 2^-68: within 2^-6 of 1, the Taylor series of
 * log1p(x - 1) to the 11th power; elsewhere the same reduction with
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
		p = 0x1.5555555555555p-2 - r * 0.25 + r2 * (0x1.999999999999ap-3 - r * 0x1.5555555555555p-3)
			+ r2 * r2 * (0x1.2492492492492p-3 - r * 0.125 + r2 * (0x1.c71c71c71c71cp-4
			- r * 0x1.999999999999ap-4 + r2 * 0x1.745d1745d1746p-4));
		return r + (r * r2 * p - 0.5 * r2);
	}
	/* x = 2^k z, z in [1 - 2^-8, 2 - 2^-7) */
	tmp = ix - 0x3fefe00000000000;
	k = (int)((int64_t)tmp >> 52);
	z = __dfrom(ix - (tmp & 0xfff0000000000000));
	j = (int)((z - 1.0) * 128.0 + 0.5);
	F = 1.0 + j * 0x1p-7;
	f = z - F;
	r = f / F;
	r2 = r * r;
	p = 0x1.5555555555555p-2 - r * 0.25 + r2 * (0x1.999999999999ap-3 - r * 0x1.5555555555555p-3)
		+ r2 * r2 * (0x1.2492492492492p-3 - r * 0.125);
	s1 = k * LN2_HI + __log_tab[j].hi;
	hi = __fast_two_sum(s1, r, &e);
	lo = e + __log_tab[j].lo + k * LN2_LO - 0.5 * r2 + r * r2 * p;
	return hi + lo;
}
