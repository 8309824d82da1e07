/*
 * Private helpers of the x87 long double transcendental functions
 * (LDBL_MANT_DIG == 64, src/math/<f>l.c): exact sums and products of long
 * doubles, exp's evaluation (about 2^-72 relative) and log's core (2^-85),
 * then atan's and sin/cos's kernels and sqrt(1 - a^2), each to about 2^-72,
 * so that the one rounding at the end leaves the result under 0.51 ulp in
 * the normal range.  They take 2^(j/128), log(1 + j/128), atan(j/32), sin
 * and cos of j/64 from double's tables (hi + lo, over 95 bits).
 */
#ifndef TRAPDOOR_LDMATH_H
#define TRAPDOOR_LDMATH_H

#include "libm.h"
#include "mathfn.h"

#if LDBL_MANT_DIG == 64
/* The error paths: a volatile operation gives the current mode's value and its flags. */
static inline long double __ml_range(long double a, long double b)
{
	volatile long double v = a;

	errno = ERANGE;
	return v * b;
}

static inline long double __ml_invalid(void)
{
	volatile long double z = 0;

	errno = EDOM;
	return z / z;
}

/*
 * The integer nearest v, for 0 <= v < 2^30, from its bits: a conversion
 * would raise inexact for an exact result (cos 0, log2 of a power of 2).
 */
static inline int __nearestl(long double v)
{
	int e = (int)(__ld_se(v) & 0x7fff) - __LD_BIAS;
	uint64_t m;

	if (e < -1)
		return 0;
	__builtin_memcpy(&m, &v, sizeof m);
	return (int)(((m >> (62 - e)) + 1) >> 1);
}

/* x with its significand cut to its top 32 bits. */
static inline long double __top32l(long double x)
{
	uint64_t m;

	__builtin_memcpy(&m, &x, sizeof m);
	m &= 0xffffffff00000000u;
	__builtin_memcpy(&x, &m, sizeof m);
	return x;
}

/* s + e == a + b exactly, s = a + b rounded (Knuth's TwoSum). */
static inline long double __two_suml(long double a, long double b, long double *e)
{
	long double s = a + b, bb = s - a;

	*e = (a - (s - bb)) + (b - bb);
	return s;
}

/* p + e == a * b exactly (no overflow or underflow): Veltkamp's split into 32-bit halves. */
static inline long double __two_prodl(long double a, long double b, long double *e)
{
	long double p = a * b, c = a * (0x1p32L + 1), ah = c - (c - a), al = a - ah;

	c = b * (0x1p32L + 1);
	c = c - (c - b);
	*e = ((ah * c - p) + ah * (b - c) + al * c) + al * (b - c);
	return p;
}

/*
 * exp(rh + rl) 2^(k/128), |rh + rl| <= ln2/128: 2^(k/128) = 2^e T[j],
 * exp(r) - 1 by its Taylor series to r^7 (the next term below 2^-75),
 * rh kept apart so that the leading term is exact; one rounding, then the
 * power of two, in two steps where the result overflows or is subnormal
 * (so that only the last one rounds).
 */
static inline long double __expl_eval(int k, long double rh, long double rl)
{
	int j = k & 127, e = (k - j) / 128;
	long double r = rh + rl, th = __exp_tab[j].hi, tl = __exp_tab[j].lo, p, v;

	p = r * r * (0.5L + r * (0x1.5555555555555556p-3L + r * (0x1.5555555555555556p-5L
		+ r * (0x1.1111111111111112p-7L + r * (0x1.6c16c16c16c16c16p-10L
		+ r * 0x1.a01a01a01a01a01ap-13L)))));
	p = rh + (rl + p);
	v = th + (tl + (th + tl) * p);
	if (e > LDBL_MAX_EXP - 1)
		return v * __ld_pow2(e - 1) * 2;
	if (e < LDBL_MIN_EXP - 1)
		return v * __ld_pow2(e + 128) * 0x1p-128L;
	return v * __ld_pow2(e);
}

/*
 * log(x) for positive finite x as hi + *lo, about 2^-85 relative (what
 * powl needs): x = 2^k z, z in [1 - 2^-9, 2 - 2^-8), F = 1 + j/128 the
 * nearest table point, r = (z - F)/F as rh + rl (rh of 32 bits: rh F and
 * rh^2 are exact), log x = k ln2 + log F + log1p(r), log1p(r) = rh - rh^2/2
 * + rl - rh rl - rl^2/2 + r^3 P(r), P the series to r^10.  k ln2hi + log F
 * hi is exact (both on a 2^-42 grid), rh and -rh^2/2 join it by TwoSum, the
 * rest is added to that by Fast2Sum: |*lo| <= ulp(hi)/2.
 */
static inline long double __logl_core(long double x, long double *lo)
{
	unsigned se = __ld_se(x);
	int k = 0, j;
	long double z, F, f, inv, rh, rl, r, p, a, ea, b, eb;

	if (!(se & 0x7fff)) {
		x *= 0x1p64L;
		se = __ld_se(x);
		k = -64;
	}
	k += (int)(se & 0x7fff) - __LD_BIAS;
	z = __ld_with_se(x, __LD_BIAS);
	if (z >= 2 - 0x1p-8L) {
		z *= 0.5L;
		k++;
	}
	j = z < 1 ? 0 : __nearestl((z - 1) * 128);
	F = 1 + j * 0x1p-7L;
	f = z - F;
	inv = 1 / F;
	rh = __top32l(f * inv);
	rl = (f - rh * F) * inv;
	r = rh + rl;
	p = r * r * r * (0x1.5555555555555556p-2L - r * (0.25L - r * (0x1.999999999999999ap-3L
		- r * (0x1.5555555555555556p-3L - r * (0x1.2492492492492492p-3L - r * (0.125L
		- r * (0x1.c71c71c71c71c71cp-4L - r * 0x1.999999999999999ap-4L)))))));
	a = __two_suml(k * (long double)__LN2_HI + __log_tab[j].hi, rh, &ea);
	b = __two_suml(a, -0.5L * rh * rh, &eb);
	ea += eb + (__log_tab[j].lo + k * (long double)__LN2_LO) + (rl - rh * rl - 0.5L * rl * rl + p);
	a = b + ea;
	*lo = ea - (a - b);
	return a;
}

/*
 * atan(y/x) for 0 < y <= x, y and x given as hi + lo (exponents within 70,
 * both far from the ends of the range), as hi + *lo: c = j/32 nearest y/x,
 * atan(y/x) = atan c +
 * atan w, w = (y - cx)/(x + cy), |w| <= 1/64: c times a 32-bit half is
 * exact, the sums by TwoSum (numerator and denominator renormalized, so
 * that the quotient's low part is below its last place), the quotient as hi + lo with
 * its residual exact; atan w by its series to w^13; atan c from double's table (hi +
 * lo, 106 bits).
 */
static inline long double __atan_yxl(long double y, long double yl, long double x, long double xl,
				     long double *lo)
{
	int j = (int)(y / x * 32 + 0.5L);
	long double c = j * 0x1p-5L, xh = __top32l(x), yh = __top32l(y);
	long double n, nl, e, d, dl, w, wl, p, pe, w2, s;

	n = __two_suml(y, -(c * xh), &nl);
	n = __two_suml(n, -(c * (x - xh)), &e);
	nl += e + yl - c * xl;
	w = n + nl;
	nl -= w - n;
	n = w;
	d = __two_suml(x, c * yh, &dl);
	dl += c * (y - yh) + xl + c * yl;
	w = d + dl;
	dl -= w - d;
	d = w;
	w = n / d;
	p = __two_prodl(w, d, &pe);
	wl = (((n - p) - pe) + nl - w * dl) / d;
	w2 = w * w;
	p = w * w2 * (-0x1.5555555555555556p-2L + w2 * (0x1.999999999999999ap-3L
		+ w2 * (-0x1.2492492492492492p-3L + w2 * (0x1.c71c71c71c71c71cp-4L
		+ w2 * (-0x1.745d1745d1745d18p-4L + w2 * 0x1.3b13b13b13b13b14p-4L)))));
	s = __two_suml(__atan_tab[j].hi, w, &e);
	*lo = e + (__atan_tab[j].lo + wl + p);
	return s;
}

/*
 * sqrt(1 - a^2) for 0 < a < 1 as hi + *lo: 1 - a^2 as an exact pair
 * ((1 - a)(1 + a) from a = 1/2 on, where 1 - a is exact), its correctly
 * rounded root corrected by one Newton step on the pair.
 */
static inline long double __sqrt1m_l(long double a, long double *lo)
{
	long double s, sl, e, r, rr, rre;

	if (a < 0.5L) {
		s = __two_prodl(a, a, &e);
		s = __two_suml(1, -s, &sl);
		sl -= e;
	} else {
		s = __two_suml(1, a, &e);
		s = __two_prodl(1 - a, s, &sl);
		sl += (1 - a) * e;
	}
	r = sqrtl(s + sl);
	rr = __two_prodl(r, r, &rre);
	*lo = ((s - rr) - rre + sl) / (2 * r);
	return r;
}

/* The bits of 2/pi after the point, 32 to a word, for the whole x87 range (tools/mkmathtab). */
extern hidden const uint32_t __two_over_pi_l[520];
/* x - n pi/2 as hi + *lo for finite x, |hi| <= pi/4 (about); n mod 4 returned. */
hidden int __rem_pio2l(long double x, long double *hi, long double *lo);

/*
 * sin and cos of y = yh + yl, 0 <= yh <= pi/4 + 2^-7, each as hi + lo:
 * c = j/64 nearest, d = y - c (|d| <= 1/128), sin(c + d) and cos(c + d) by
 * the addition formulas with sin c and cos c from double's tables (hi +
 * lo), sin d - d and cos d - 1 by their series (to d^7 and d^8, the next
 * terms below 2^-74 d); the leading products exact (TwoProd), the rest
 * small, each result renormalized (|lo| <= ulp(hi)/2).
 */
static inline void __sincos_kl(long double yh, long double yl, long double *s, long double *sl,
			       long double *c, long double *cl)
{
	int j = __nearestl(yh * 64);
	long double d = yh - j * 0x1p-6L, dl = yl, z, sd, cd, S = __sin_tab[j].hi, C = __cos_tab[j].hi;
	long double Sl = __sin_tab[j].lo, Cl = __cos_tab[j].lo, p, pe, e;

	z = d * d;
	sd = d * z * (-0x1.5555555555555556p-3L + z * (0x1.1111111111111112p-7L
		+ z * -0x1.a01a01a01a01a01ap-13L)) + dl * (1 - 0.5L * z);
	cd = z * (-0.5L + z * (0x1.5555555555555556p-5L + z * (-0x1.6c16c16c16c16c16p-10L
		+ z * 0x1.a01a01a01a01a01ap-16L))) - d * dl;
	p = __two_prodl(C, d, &pe);
	*s = __two_suml(S, p, &e);
	e += pe + (Sl + Cl * d + (S + Sl) * cd + (C + Cl) * sd);
	p = *s + e;
	*sl = e - (p - *s);
	*s = p;
	p = __two_prodl(S, d, &pe);
	*c = __two_suml(C, -p, &e);
	e += -pe + (Cl - Sl * d + (C + Cl) * cd - (S + Sl) * sd);
	p = *c + e;
	*cl = e - (p - *c);
	*c = p;
}

/* sin x and cos x, each as hi + lo, for finite x: reduced, the kernel, the quadrant. */
static inline void __sincosl_dd(long double x, long double *s, long double *sl, long double *c,
				long double *cl)
{
	long double yh = x, yl = 0, t, tl;
	int n = 0, neg;

	if (fabsl(x) > 0x1.921fb54442d1846ap-1L)
		n = __rem_pio2l(x, &yh, &yl);
	neg = signbit(yh) != 0;
	if (neg) {
		yh = -yh;
		yl = -yl;
	}
	__sincos_kl(yh, yl, s, sl, c, cl);
	if (neg) {
		*s = -*s;
		*sl = -*sl;
	}
	if (n & 1) {
		t = *s, tl = *sl;
		*s = *c, *sl = *cl;
		*c = -t, *cl = -tl;
	}
	if (n & 2) {
		*s = -*s, *sl = -*sl;
		*c = -*c, *cl = -*cl;
	}
}
#endif

#endif
