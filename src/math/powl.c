#include "ldmath.h"

#if LDBL_MANT_DIG == DBL_MANT_DIG
__LD_AS_D2(pow)
#elif LDBL_MANT_DIG == 64
/* 0 when y is not an integer, 1 when it is odd, 2 when even (y finite, nonzero). */
static int integer_class(long double y)
{
	long double h = y * 0.5L;

	if (fabsl(y) >= 0x1p64L)
		return 2;
	if (truncl(y) != y)
		return 0;
	return truncl(h) == h ? 2 : 1;
}

/* Annex F's table for x or y zero, infinite or nan, and y = ±0 or x = 1. */
static long double pow_special(long double x, long double y)
{
	int odd;

	if (y == 0 || x == 1)
		return 1;
	if (isnan(x) || isnan(y))
		return x + y;
	odd = integer_class(y) == 1;
	if (isinf(y)) {
		if (fabsl(x) == 1)
			return 1;
		return (fabsl(x) < 1) == (y < 0) ? INFINITY : 0;
	}
	if (x == 0) {
		if (y < 0)
			return __m_divzero(odd && signbit(x));
		return odd ? x : 0;
	}
	if (y < 0)
		return odd ? 1 / x : 0;
	return odd ? x : INFINITY;
}

/*
 * x^y = exp(y log x): log x as hi + lo to about 2^-85 relative (y log x
 * up to 11400 in magnitude keeps an absolute error near 2^-71), y hi as an
 * exact product, then expl's reduction of that sum and __expl_eval.
 */
long double powl(long double x, long double y)
{
	long double hi, lo, zh, zl, kd;
	int neg = 0;

	if (y == 0 || isnan(y) || isinf(y) || isnan(x) || isinf(x) || x == 0 || x == 1)
		return pow_special(x, y);
	if (x < 0) {
		int c = integer_class(y);

		if (c == 0)
			return __ml_invalid();
		neg = c == 1;
		x = -x;
		if (x == 1)
			return neg ? -1 : 1;
	}
	if (fabsl(y) >= 0x1p78L)        /* |y log x| >= 2^14 for any x != 1 */
		return (x < 1) == (y > 0) ? __ml_range(neg ? -0x1p-16382L : 0x1p-16382L, 0x1p-16382L)
			: __ml_range(neg ? -0x1p16383L : 0x1p16383L, 0x1p16383L);
	if (fabsl(y) < 0x1p-80L)        /* 1 +- tiny, inexact */
		return 1 + ((x < 1) != (y < 0) ? -0x1p-70L : 0x1p-70L);
	hi = __logl_core(x, &lo);
	zh = __two_prodl(y, hi, &zl);
	zl += y * lo;
	if (zh > 0x1.62e42fefa39ef358p13L)
		return __ml_range(neg ? -0x1p16383L : 0x1p16383L, 0x1p16383L);
	if (zh < -0x1.643bfcfe13c57554p13L)
		return __ml_range(neg ? -0x1p-16382L : 0x1p-16382L, 0x1p-16382L);
	kd = zh * 0x1.71547652b82fe178p7L + 0x1.8p63L;
	kd -= 0x1.8p63L;
	hi = __expl_eval((int)kd, zh - kd * 0x1.62e42fefa38p-8L, zl - kd * 0x1.ef35793c7673007ep-52L);
	if (hi == 0 || isinf(hi))
		errno = ERANGE;
	return neg ? -hi : hi;
}
#endif
