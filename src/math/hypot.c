#include "libm.h"

/*
 * |x| >= |y| scaled by 2^-600 or 2^600 when needed (exact), so that neither
 * square overflows and the larger does not underflow; beyond a ratio of
 * 2^54 the smaller cannot matter.  x^2 + y^2 is kept as a pair of doubles
 * (x87 long double where long double has 64 bits), and the square root
 * corrected by one Newton step on that pair: error < 0.6 ulp.  Overflow
 * (a true result above DBL_MAX) sets ERANGE.
 */
#if LDBL_MANT_DIG == 64
static double root(double a, double b)
{
	long double s = (long double)a * a + (long double)b * b;

	return (double)__builtin_sqrtl(s);
}
#else
/* a*a as hi + lo exactly: the instruction, or Veltkamp's split into 26-bit halves. */
static double square(double a, double *lo)
{
	double p = a * a;
#ifdef __FP_FAST_FMA
	*lo = __builtin_fma(a, a, -p);
#else
	double c = a * 0x1.0000002p27, h = c - (c - a), l = a - h;

	*lo = ((h * h - p) + 2 * h * l) + l * l;
#endif
	return p;
}

static double root(double a, double b)
{
	double al, bl, ah = square(a, &al), bh = square(b, &bl);
	double s = ah + bh, lo = (bh - (s - ah)) + al + bl, r, rl, rh;

	r = __builtin_sqrt(s + lo);
	rh = square(r, &rl);
	return r + ((s - rh) - rl + lo) / (2 * r);
}
#endif

double hypot(double x, double y)
{
	double a = fabs(x), b = fabs(y), t, r, scale = 1;

	if (isinf(a) || isinf(b))
		return HUGE_VAL;
	if (isnan(a) || isnan(b))
		return a + b;
	if (a < b)
		t = a, a = b, b = t;
	if (b == 0 || ilogb(a) - ilogb(b) > 54)
		return a + b;
	if (a > 0x1p500) {
		a *= 0x1p-600, b *= 0x1p-600, scale = 0x1p600;
	} else if (b < 0x1p-500) {
		a *= 0x1p600, b *= 0x1p600, scale = 0x1p-600;
	}
	r = root(a, b) * scale;
	if (isinf(r))
		errno = ERANGE;
	return r;
}
