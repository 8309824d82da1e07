/*
 * Private helpers of src/math: a floating value's bits (through memcpy, so
 * byte order never matters for float and double, whose integer images have
 * the host's order), the long double format's exponent, and how to raise
 * a flag by computing.  __builtin_memcpy: the library is built freestanding,
 * where a plain memcpy is a call.
 */
#ifndef TRAPDOOR_LIBM_H
#define TRAPDOOR_LIBM_H

#include <errno.h>
#include <float.h>
#include <math.h>
#include <stdint.h>
#include "libc.h"

static inline uint32_t __f2u(float x)
{
	uint32_t u;

	__builtin_memcpy(&u, &x, sizeof u);
	return u;
}

static inline float __u2f(uint32_t u)
{
	float x;

	__builtin_memcpy(&x, &u, sizeof x);
	return x;
}

static inline uint64_t __d2u(double x)
{
	uint64_t u;

	__builtin_memcpy(&u, &x, sizeof u);
	return u;
}

static inline double __u2d(uint64_t u)
{
	double x;

	__builtin_memcpy(&x, &u, sizeof x);
	return x;
}

/*
 * A signaling nan: its quiet bit differs from the default nan's (so that
 * mips without nan2008, where a set bit means signaling, is right too).
 */
static inline int __is_snan(double x)
{
	uint64_t q = (uint64_t)1 << 51;

	return isnan(x) && (__d2u(x) & q) != (__d2u(__builtin_nan("")) & q);
}

static inline int __is_snanf(float x)
{
	uint32_t q = (uint32_t)1 << 22;

	return isnan(x) && (__f2u(x) & q) != (__f2u(__builtin_nanf("")) & q);
}

/* Evaluates x for its side effect on the flags, which the compiler must keep. */
#define __FORCE_EVAL(x) \
	do { \
		volatile __typeof__(x) __v = (x); \
		(void)__v; \
	} while (0)

/* a * b computed at run time, for the flags (a constant product would be folded). */
static inline void __eval_mul(double a, double b)
{
	volatile double va = a;

	__FORCE_EVAL(va * b);
}

static inline void __eval_mulf(float a, float b)
{
	volatile float va = a;

	__FORCE_EVAL(va * b);
}

/*
 * An integral double within long long's range as long long, from its bits:
 * arm's conversion (__aeabi_d2lz) raises inexact for some exact values.
 */
static inline long long __d2ll(double r)
{
	uint64_t u = __d2u(r), m = (u & (((uint64_t)1 << 52) - 1)) | (uint64_t)1 << 52;
	int e = (int)(u >> 52 & 0x7ff) - 0x3ff;

	if (e < 0)
		return 0;
	m = e >= 52 ? m << (e - 52) : m >> (52 - e);
	return (long long)(u >> 63 ? 0 - m : m);
}

/*
 * |x| mod |y|, for finite x and nonzero finite y, and in *q the low bits of
 * the integer quotient |x| / |y| (fmod, remainder and remquo).
 */
hidden double __fmod_q(double x, double y, unsigned *q);
hidden float __fmodf_q(float x, float y, unsigned *q);
#if LDBL_MANT_DIG != DBL_MANT_DIG
hidden long double __fmodl_q(long double x, long double y, unsigned *q);
#endif

/*
 * 2^(p-1) for the precision p expressions of type T are evaluated in:
 * v + c - c rounds v to an integer in the current rounding mode, exactly
 * once, for |v| < c.  (float_t is double on s390x, long double on i386.)
 */
#define __TOINT(T) \
	((T)(sizeof(T) == sizeof(float) ? 1 / FLT_EPSILON : \
	     sizeof(T) == sizeof(double) ? 1 / DBL_EPSILON : 1 / LDBL_EPSILON))

/*
 * long double's sign and biased exponent (the 16-bit word above the
 * significand: x87's 80-bit format and IEEE binary128 share the layout),
 * and 2^n built from it, for an n of the normal range.  Where long double
 * is double, the long double functions call the double ones instead.
 */
#if LDBL_MANT_DIG == 64 || LDBL_MANT_DIG == 113
#if LDBL_MANT_DIG == 64
#define __LD_SE_OFFSET 8
#elif __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
#define __LD_SE_OFFSET 0
#else
#define __LD_SE_OFFSET 14
#endif
#define __LD_BIAS 16383

static inline unsigned __ld_se(long double x)
{
	uint16_t se;

	__builtin_memcpy(&se, (const char *)&x + __LD_SE_OFFSET, sizeof se);
	return se;
}

static inline long double __ld_with_se(long double x, unsigned se)
{
	uint16_t w = (uint16_t)se;

	__builtin_memcpy((char *)&x + __LD_SE_OFFSET, &w, sizeof w);
	return x;
}

static inline long double __ld_pow2(int n)
{
	long double x = 0;
	uint16_t se = (uint16_t)(n + __LD_BIAS);

#if LDBL_MANT_DIG == 64
	uint64_t m = (uint64_t)1 << 63;

	__builtin_memcpy(&x, &m, sizeof m);
#endif
	__builtin_memcpy((char *)&x + __LD_SE_OFFSET, &se, sizeof se);
	return x;
}
#endif

/*
 * Where long double is double (arm, ppc64le): each long double function
 * f##l, in its own file src/math/<f>l.c, is the double one.
 */
#define __LD_AS_D1(f) \
	long double f##l(long double x) { return f(x); }
#define __LD_AS_D2(f) \
	long double f##l(long double x, long double y) { return f(x, y); }
#define __LD_AS_D3(f) \
	long double f##l(long double x, long double y, long double z) { return f(x, y, z); }

#endif
