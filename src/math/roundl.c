#include "libm.h"

/* truncl, one further from zero when the dropped fraction (exact) is half or more. */
long double roundl(long double x)
{
#if LDBL_MANT_DIG == DBL_MANT_DIG
	return round(x);
#else
	long double t = truncl(x);

	if (t == x || isnan(x))
		return t;
	if (fabsl(x - t) >= 0.5L)
		return t + copysignl(1, x);
	return t;
#endif
}
