#include "ldmath.h"

#if LDBL_MANT_DIG == DBL_MANT_DIG
__LD_AS_D1(cos)
#elif LDBL_MANT_DIG == 64
/* __sincosl_dd's hi + lo. */
long double cosl(long double x)
{
	long double s, sl, c, cl;

	if (isnan(x))
		return x + x;
	if (isinf(x))
		return __ml_invalid();
	__sincosl_dd(x, &s, &sl, &c, &cl);
	return c + cl;
}
#endif
