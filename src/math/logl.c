#include "ldmath.h"

#if LDBL_MANT_DIG == DBL_MANT_DIG
__LD_AS_D1(log)
#elif LDBL_MANT_DIG == 64
/* __logl_core's hi + lo, rounded once. */
long double logl(long double x)
{
	long double lo, hi;

	if (isnan(x))
		return x + x;
	if (x == 0)
		return __m_divzero(1);
	if (x < 0)
		return __ml_invalid();
	if (isinf(x) || x == 1)
		return x == 1 ? 0 : x;
	hi = __logl_core(x, &lo);
	return hi + lo;
}
#endif
