#include "ldmath.h"

#if LDBL_MANT_DIG == DBL_MANT_DIG
__LD_AS_D1(tan)
#elif LDBL_MANT_DIG == 64
/* x itself below 2^-33, else sin/cos of __sincosl_dd's pairs, the quotient corrected by its exact residual. */
long double tanl(long double x)
{
	long double s, sl, c, cl, t, p, pe;

	if (isnan(x))
		return x + x;
	if (isinf(x))
		return __ml_invalid();
	if (fabsl(x) < 0x1p-33L) {
		if (fabsl(x) < LDBL_MIN && x != 0) {    /* glibc raises underflow */
			volatile long double v = LDBL_MIN;
			v *= v;
		}
		return x;
	}
	__sincosl_dd(x, &s, &sl, &c, &cl);
	t = s / c;
	p = __two_prodl(t, c, &pe);
	return t + (((s - p) - pe) + sl - t * cl) / c;
}
#endif
