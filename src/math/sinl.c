#include "ldmath.h"

#if LDBL_MANT_DIG == DBL_MANT_DIG
__LD_AS_D1(sin)
#elif LDBL_MANT_DIG == 64
/* x itself below 2^-33 (x^3/6 is then under 2^-67 x), else __sincosl_dd's hi + lo. */
long double sinl(long double x)
{
	long double s, sl, c, cl;

	if (isnan(x))
		return x + x;
	if (isinf(x))
		return __ml_invalid();
	if (fabsl(x) < 0x1p-33L) {
		if (fabsl(x) < LDBL_MIN && x != 0) {    /* glibc raises underflow */
			volatile long double t = LDBL_MIN;
			t *= t;
		}
		return x;
	}
	__sincosl_dd(x, &s, &sl, &c, &cl);
	return s + sl;
}
#endif
