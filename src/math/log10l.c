#include "ldmath.h"

#if LDBL_MANT_DIG == DBL_MANT_DIG
__LD_AS_D1(log10)
#elif LDBL_MANT_DIG == 64
/* __logl_core's hi + lo times 1/ln10 (hi + lo): the leading product exact, the rest added once. */
long double log10l(long double x)
{
	long double lo, hi, e;

	if (isnan(x))
		return x + x;
	if (x == 0)
		return __m_divzero(1);
	if (x < 0)
		return __ml_invalid();
	if (isinf(x) || x == 1)
		return x == 1 ? 0 : x;
	hi = __logl_core(x, &lo);
	lo = lo * 0x1.bcb7b1526e50e32ap-2L + hi * 0x1.aadd557d699ee192p-68L;
	hi = __two_prodl(hi, 0x1.bcb7b1526e50e32ap-2L, &e);
	return hi + (e + lo);
}
#endif
