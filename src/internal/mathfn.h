/*
 * Private helpers of the transcendental functions (src/math/): bit access,
 * exact sums and products of doubles, the error paths that set errno and
 * raise the Annex F exceptions, and the shared cores and tables.
 *
 * Exact arithmetic here needs every operation rounded to double: the library
 * is built -std=c11, so gcc rounds each assignment and cast to its type even
 * where FLT_EVAL_METHOD is 2 (i386's x87), and the helpers assign every step.
 */
#ifndef TRAPDOOR_MATHFN_H
#define TRAPDOOR_MATHFN_H

#include <errno.h>
#include <stdint.h>
#include "libc.h"

/* A value as an unevaluated sum hi + lo, |lo| <= ulp(hi)/2. */
struct __dd { double hi, lo; };

static inline uint64_t __dbits(double x)
{
	union { double f; uint64_t i; } u = { x };
	return u.i;
}

static inline double __dfrom(uint64_t i)
{
	union { uint64_t i; double f; } u = { i };
	return u.f;
}

static inline uint32_t __fbits(float x)
{
	union { float f; uint32_t i; } u = { x };
	return u.i;
}

/*
 * a * b + c and c - a * b: one fused multiply-add in a build for FMA
 * (x86_64's variants, src/math/x86_64/), elsewhere rounded twice as written.
 */
#ifdef __FMA__
#define __mad(a, b, c) __builtin_fma(a, b, c)
#define __nmad(a, b, c) __builtin_fma(-(a), b, c)
#else
#define __mad(a, b, c) ((c) + (a) * (b))
#define __nmad(a, b, c) ((c) - (a) * (b))
#endif

/* x with its low 27 significand bits cleared: 26 bits, so products of two are exact. */
static inline double __trunc26(double x)
{
	return __dfrom(__dbits(x) & 0xfffffffff8000000u);
}

/* s + e == a + b exactly, s = a + b rounded (Knuth's TwoSum, any order). */
static inline double __two_sum(double a, double b, double *e)
{
	double s = a + b;
	double bb = s - a;
	double ea = a - (s - bb);
	double eb = b - bb;
	*e = ea + eb;
	return s;
}

/* The same when |a| >= |b| or a == 0 (Dekker's Fast2Sum). */
static inline double __fast_two_sum(double a, double b, double *e)
{
	double s = a + b;
	double t = s - a;
	*e = b - t;
	return s;
}

/*
 * p + e == a * b exactly (no overflow, no underflow): one fused multiply-add
 * in a build for FMA (x86_64's variants, src/math/x86_64/), elsewhere by
 * 26-bit halves.
 */
static inline double __two_prod(double a, double b, double *e)
{
	double p = a * b;
#ifdef __FMA__
	*e = __builtin_fma(a, b, -p);
#else
	double ah = __trunc26(a), al = a - ah;
	double bh = __trunc26(b), bl = b - bh;
	double t = ah * bh - p;
	t += ah * bl;
	t += al * bh;
	*e = t + al * bl;
#endif
	return p;
}

/*
 * The error paths: each returns the value Annex F gives, raises its
 * exception by an operation the compiler cannot fold (a volatile operand),
 * and sets errno as glibc does.
 */
hidden double __m_oflow(uint32_t sign);
hidden double __m_uflow(uint32_t sign);
hidden double __m_divzero(uint32_t sign);
hidden double __m_invalid(double x);
hidden float __m_oflowf(uint32_t sign);
hidden float __m_uflowf(uint32_t sign);
hidden float __m_divzerof(uint32_t sign);
hidden float __m_invalidf(float x);

/* glibc raises underflow for a subnormal argument that a function returns about unchanged. */
static inline void __m_tiny(double x)
{
	if ((__dbits(x) & 0x7fffffffffffffff) - 1 < 0x000fffffffffffff) {
		volatile double t = 0x1p-1022;
		t *= t;
	}
}

static inline void __m_tinyf(float x)
{
	if ((__fbits(x) & 0x7fffffff) - 1 < 0x007fffff) {
		volatile float t = 0x1p-126f;
		t *= t;
	}
}

/* exp(hi + lo) with |lo| <= 2^-40 |hi|, times -1 when neg; over/underflow included. */
hidden double __exp_dd(double hi, double lo, int neg);
/* exp(x) as hi + *lo for |x| <= 40, about 2^-60 relative. */
hidden double __exp_hilo(double x, double *lo);
/* x - n*pi/2 as hi + *lo for |x| >= 2^20 finite; n mod 4 returned. */
hidden int __rem_pio2_large(double x, double *hi, double *lo);
/* sincos, which a program may define for itself (sincosf calls this name). */
hidden void __sincos(double x, double *s, double *c);
/* sin and cos of hi + lo together, each as hi + lo to about 2^-62 relative (for tan). */
hidden void __sincos_dd(double hi, double lo, struct __dd *s, struct __dd *c);
/* atan(hi + lo) for hi >= 0, as a hi + *e. */
hidden double __atan_dd(double hi, double lo, double *e);

extern hidden const struct __dd __exp_tab[128];
hidden double __exp_special(double val, int e);
extern hidden const struct __dd __log_tab[128];
extern hidden const double __logf_c[128];
extern hidden const struct __dd __logf_tab[128];
extern hidden const struct __dd __atan_tab[33];
extern hidden const struct __dd __sin_tab[52];
extern hidden const struct __dd __cos_tab[52];
extern hidden const uint32_t __two_over_pi[40];

/*
 * exp's evaluation after the reduction x = (k/128) ln2 + r, |r| <= ln2/256
 * (Tang's method): 2^(k/128) = 2^e * T[j], T[j] = 2^(j/128) from the table
 * as hi + lo, exp(r) - 1 by its Taylor series to r^5 (the next term is below
 * 2^-60 relative), and one rounding at the end.
 */
static inline __attribute__((always_inline)) double __exp_eval(int k, double r, int neg)
{
	int j = k & 127, e = k >> 7;   /* (k - j) / 128: gcc shifts a negative int arithmetically */
	double r2 = r * r;
	double p = __mad(r2 * r2, __mad(r, 0x1.1111111111111p-7, 0x1.5555555555555p-5),
		__mad(r2, __mad(r, 0x1.5555555555555p-3, 0.5), r));
	double hi = neg ? -__exp_tab[j].hi : __exp_tab[j].hi;
	double lo = neg ? -__exp_tab[j].lo : __exp_tab[j].lo;
	double val = hi + __mad(hi, p, lo);
	if (e < -1021 || e > 1023)
		return __exp_special(val, e);
	return val * __dfrom((uint64_t)(e + 1023) << 52);
}

/*
 * sin(y) = y + y z S(z), z = y^2, |y| <= pi/4: S interpolates
 * (sin(y)/y - 1)/z at Chebyshev nodes of z in [0, (pi/4)^2] (degree 6,
 * 2^-56 relative), coefficients fitted by tools/mkmathpoly.  lo enters
 * through sin(hi + lo) = sin(hi) + lo cos(hi).
 */
static inline __attribute__((always_inline)) double __sin_dd(double hi, double lo, double *e)
{
	double z = hi * hi;
	double s = __mad(z, __mad(z, __mad(z, __mad(z, __mad(z, __mad(z, -0x1.ab17bdcbd3414p-41,
		0x1.61217ee5cca1bp-33), -0x1.ae64541295cdfp-26), 0x1.71de3a54607a5p-19),
		-0x1.a01a01a019937p-13), 0x1.1111111111110p-7), -0x1.5555555555555p-3);
	double t = __mad(hi * z, s, lo * (1.0 - 0.5 * z));
	return __fast_two_sum(hi, t, e);
}

/*
 * cos(y) = 1 - z/2 + z^2 C(z), z = y^2, |y| <= pi/4: C interpolates
 * (cos(y) - 1 + z/2)/z^2 at Chebyshev nodes (degree 5, 2^-58 relative).
 * z/2 is the one large term: with hh the top 26 bits of hi, 1 - hh^2/2 is
 * taken exactly (its rounding error recovered), the rest is small.
 */
static inline __attribute__((always_inline)) double __cos_dd(double hi, double lo, double *e)
{
	double hh = __trunc26(hi), hl = hi - hh;
	double zh = 0.5 * (hh * hh), z = hi * hi;
	double w = 1.0 - zh;
	double c = (1.0 - w) - zh;
	double p = __mad(z, __mad(z, __mad(z, __mad(z, __mad(z, -0x1.907d8f29fe831p-37,
		0x1.1eeb68cd22f56p-29), -0x1.27e4fa17bf139p-22), 0x1.a01a019f4e9b4p-16),
		-0x1.6c16c16c16967p-10), 0x1.5555555555555p-5);
	double t = __mad(z * z, p, c - 0.5 * (hl * (hi + hh))) - hi * lo;
	return __fast_two_sum(w, t, e);
}

#define __RP_INV_PIO2 0x1.45f306dc9c883p-1
/* pi/2 in four parts: the first three of 33, 33 and 29 bits, so n*part is exact for n < 2^20. */
#define __RP_P1 0x1.921fb544p+0
#define __RP_P2 0x1.0b4611a6p-34
#define __RP_P3 0x1.3198a2ep-69
#define __RP_P4 0x1.b839a252049c1p-104
#define __RP_SHIFT 0x1.8p52

/*
 * Cody and Waite's reduction for |x| < 2^20: y = x - n pi/2 with the
 * products exact and the differences taken by TwoSum, so that hi + lo keeps
 * about 2^-125 absolute error even where the difference cancels (a double
 * below 2^20 is at least about 2^-55 from any multiple of pi/2).  Larger x
 * go to Payne and Hanek's reduction.
 */
static inline __attribute__((always_inline)) int __rem_pio2(double x, double *hi, double *lo)
{
	double fn, a, s1, e1, s2, e2, l;

	if ((__dbits(x) >> 52 & 0x7ff) >= 0x3ff + 20)
		return __rem_pio2_large(x, hi, lo);
	fn = x * __RP_INV_PIO2 + __RP_SHIFT;
	fn -= __RP_SHIFT;
	a = x - fn * __RP_P1;
	s1 = __two_sum(a, -(fn * __RP_P2), &e1);
	s2 = __two_sum(s1, -(fn * __RP_P3), &e2);
	l = (e1 + e2) - fn * __RP_P4;
	*hi = __fast_two_sum(s2, l, lo);
	return (int)fn & 3;
}

/* ln2 as hi + lo, hi a multiple of 2^-42: k*hi is exact for |k| < 2^11. */
#define __LN2_HI 0x1.62e42fefa38p-1
#define __LN2_LO 0x1.ef35793c76730p-45

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
static inline __attribute__((always_inline)) double __log_dd(double x, double *lo)
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
	p = __mad(r * r, __mad(r * r, __mad(r * r, __nmad(r, 0x1.999999999999ap-4, 0x1.c71c71c71c71cp-4),
		__nmad(r, 0.125, 0x1.2492492492492p-3)), __nmad(r, 0x1.5555555555555p-3, 0x1.999999999999ap-3)),
		__nmad(r, 0.25, 0x1.5555555555555p-2));
	s1 = k * __LN2_HI + __log_tab[j].hi;
	a = __two_sum(s1, rh, &ea);
	b = __two_sum(a, -0.5 * rh * rh, &eb);
	l = __mad(r3, p, ea + eb + __log_tab[j].lo + k * __LN2_LO + (rl - rh * rl - 0.5 * rl * rl));
	return __fast_two_sum(b, l, lo);
}

/* 128/ln2, and ln2/128 as hi + lo: hi has 35 bits, so k*hi is exact for |k| < 2^18. */
#define __EXP_INV_LN2_N 0x1.71547652b82fep+7
#define __EXP_LN2_N_HI 0x1.62e42fefcp-8
#define __EXP_LN2_N_LO -0x1.c610ca86c3899p-44
/* Adding 1.5*2^52 rounds a double of magnitude below 2^51 to an integer. */
#define __EXP_SHIFT 0x1.8p52

static inline __attribute__((always_inline)) double __exp_core(double x, double xl, int neg)
{
	uint32_t top = __dbits(x) >> 52 & 0x7ff;
	double kd, r;

	if (top - 0x3c9 >= 0x408 - 0x3c9) {
		if (top < 0x3c9)        /* |x| < 2^-54: 1 + x rounds right and raises inexact */
			return neg ? -(1.0 + x) : 1.0 + x;
		/* |x| >= 512, inf or nan */
		if (x != x)
			return x + x;
		if (x == -__builtin_inf())
			return neg ? -0.0 : 0.0;
		if (x == __builtin_inf())
			return neg ? -x : x;
		if (x > 710.0)
			return __m_oflow(neg);
		if (x < -746.0)
			return __m_uflow(neg);
	}
	kd = __mad(x, __EXP_INV_LN2_N, __EXP_SHIFT);
	kd -= __EXP_SHIFT;
	r = __nmad(kd, __EXP_LN2_N_HI, x);
	r += __nmad(kd, __EXP_LN2_N_LO, xl);
	return __exp_eval((int)kd, r, neg);
}

/*
 * atan(y/x) for 0 <= y <= x, x > 0, both between 2^-540 and 2^540, as
 * hi + *e: c = j/32 the table point nearest y/x, atan(y/x) = atan c +
 * atan w, w = (y - cx)/(x + cy) (|w| <= 1/64), both sums exact or by
 * TwoSum (c has 6 bits: c times a 26-bit half is exact) and the quotient
 * as hi + lo, its residual exact; atan w by its series to w^11.  One
 * division of hi + lo and no reciprocal: this is atan2's whole work.
 */
static inline __attribute__((always_inline)) double __atan_yx(double y, double x, double *e)
{
	int j = (int)(y / x * 32.0 + 0.5);
	double c = j * 0x1p-5, xh = __trunc26(x), yh = __trunc26(y);
	double n, nl, d, dl, w, wl, p, pe, w2, s, e1;

	n = __two_sum(y - c * xh, -(c * (x - xh)), &nl);
	d = __two_sum(x, c * yh, &dl);
	d = __fast_two_sum(d, dl + c * (y - yh), &dl);
	w = n / d;
	p = __two_prod(w, d, &pe);
	wl = (((n - p) - pe) + nl - w * dl) / d;
	w2 = w * w;
	p = w * w2 * __mad(w2, __mad(w2, __mad(w2, __mad(w2, -0x1.745d1745d1746p-4, 0x1.c71c71c71c71cp-4),
		-0x1.2492492492492p-3), 0x1.999999999999ap-3), -0x1.5555555555555p-2);
	s = __two_sum(__atan_tab[j].hi, w, &e1);
	return __fast_two_sum(s, e1 + __atan_tab[j].lo + wl + p, e);
}

/*
 * sqrt(hi + lo) as a hi + *e, about 2^-104 relative: one correction from
 * the exact residual of the rounded root.
 */
static inline double __sqrt_dd(double hi, double lo, double *e)
{
	double s = __builtin_sqrt(hi), p, pe;
	p = __two_prod(s, s, &pe);
	*e = (((hi - p) - pe) + lo) / (2.0 * s);
	return s;
}

/* log(hi + lo) for hi + lo > 0 finite, |lo| <= ulp(hi), rounded once. */
static inline double __log_dd_round(double hi, double lo)
{
	double l, r = __log_dd(hi, &l);
	return r + (l + lo / hi);
}

/* One piece of erf's or erfc's polynomials (src/math/__erf_tab.c, tools/mkerfpoly). */
#define __ERF_DEG 13
struct __erf_piece { double c0, c0l, c1, c1l, c[__ERF_DEG - 1]; };
extern hidden const double __erf_c[2];
extern hidden const double __erf_small[8];
extern hidden const struct __erf_piece __erf_tab[36];
extern hidden const struct __erf_piece __erfc_tab[46];
/* erf(x) as hi + *lo for 2^-1000 <= x < 6, about 2^-60 relative. */
hidden double __erf_dd(double x, double *lo);
/* p(mid + t) of a piece, as hi + *lo. */
hidden double __erf_piece_eval(const struct __erf_piece *p, double t, double *lo);

#endif
