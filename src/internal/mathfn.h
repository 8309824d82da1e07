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

/* p + e == a * b exactly (no overflow, no underflow), by 26-bit halves. */
static inline double __two_prod(double a, double b, double *e)
{
	double p = a * b;
	double ah = __trunc26(a), al = a - ah;
	double bh = __trunc26(b), bl = b - bh;
	double t = ah * bh - p;
	t += ah * bl;
	t += al * bh;
	*e = t + al * bl;
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

/* Cores: log(x) of a positive normal x as hi + *lo, to about 2^-68 relative. */
hidden double __log_dd(double x, double *lo);
/* exp(hi + lo) with |lo| <= 2^-40 |hi|, times -1 when neg; over/underflow included. */
hidden double __exp_dd(double hi, double lo, int neg);
/* exp(x) as hi + *lo for |x| <= 40, about 2^-60 relative. */
hidden double __exp_hilo(double x, double *lo);
/* x - n*pi/2 as hi + *lo for finite x, with |hi| <= pi/4 (a little more); n mod 4 returned. */
hidden int __rem_pio2(double x, double *hi, double *lo);
hidden int __rem_pio2_large(double x, double *hi, double *lo);
/* sin and cos of hi + lo, |hi + lo| <= pi/4 + 2^-20, each as hi + *lo. */
hidden double __sin_dd(double hi, double lo, double *e);
hidden double __cos_dd(double hi, double lo, double *e);
/* sin and cos of hi + lo together, each as hi + lo to about 2^-62 relative (for tan). */
hidden void __sincos_dd(double hi, double lo, struct __dd *s, struct __dd *c);
/* atan(hi + lo) for hi >= 0, as a hi + *e. */
hidden double __atan_dd(double hi, double lo, double *e);

extern hidden const struct __dd __exp_tab[128];
hidden double __exp_special(double val, int e);
extern hidden const struct __dd __log_tab[128];
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
	int j = k & 127, e = (k - j) / 128;
	double r2 = r * r;
	double p = r + r2 * (0.5 + r * 0x1.5555555555555p-3)
		+ r2 * r2 * (0x1.5555555555555p-5 + r * 0x1.1111111111111p-7);
	double hi = neg ? -__exp_tab[j].hi : __exp_tab[j].hi;
	double lo = neg ? -__exp_tab[j].lo : __exp_tab[j].lo;
	double val = hi + (lo + hi * p);
	if (e < -1021 || e > 1023)
		return __exp_special(val, e);
	return val * __dfrom((uint64_t)(e + 1023) << 52);
}

#endif
