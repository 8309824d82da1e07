#include "libm.h"

/*
 * x plus or minus its unit in the last place (half of it stepping down from
 * a power of two), which is exact; ERANGE and the flags as nextafter's.
 */
long double nextafterl(long double x, long double y)
{
#if LDBL_MANT_DIG == DBL_MANT_DIG
	return nextafter(x, y);
#else
	enum { EMIN = LDBL_MIN_EXP - 1, P = LDBL_MANT_DIG };
	volatile long double tiny = LDBL_MIN, huge = LDBL_MAX;
	int field = (int)(__ld_se(x) & 0x7fff), e = field ? field - __LD_BIAS : EMIN, up;
	long double step, r;

	if (isnan(x) || isnan(y))
		return x + y;
	if (x == y)
		return y;
	if (x == 0) {
		__FORCE_EVAL(tiny * tiny);
		return copysignl(LDBL_TRUE_MIN, y);
	}
	if (isinf(x))
		return copysignl(LDBL_MAX, x);
	up = (x < y) == (x > 0);
	if (up && fabsl(x) == LDBL_MAX) {
		__FORCE_EVAL(huge + huge);
		errno = ERANGE;
		return copysignl(HUGE_VALL, x);
	}
	if (e - (P - 1) >= EMIN)
		step = __ld_pow2(e - (P - 1));
	else
		step = LDBL_TRUE_MIN * __ld_pow2(e - EMIN);
	if (!up && e > EMIN && fabsl(x) == __ld_pow2(e))
		step /= 2;
	r = (x > 0) == up ? x + step : x - step;
	if (fabsl(r) < LDBL_MIN) {
		__FORCE_EVAL(tiny * tiny);
		errno = ERANGE;
		if (r == 0)
			return copysignl(0, x);
	}
	return r;
#endif
}
