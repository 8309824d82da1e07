#include "ldmath.h"

#if LDBL_MANT_DIG == DBL_MANT_DIG
__LD_AS_D1(log2)
#elif LDBL_MANT_DIG == 64
/* __logl_core's hi + lo times 1/ln2 (hi + lo): the leading product exact, the rest added once. */
long double log2l(long double x)
{
	long double lo, hi, e;
	int k;

	if (isnan(x))
		return x + x;
	if (x == 0)
		return __m_divzero(1);
	if (x < 0)
		return __ml_invalid();
	if (isinf(x))
		return x;
	if (frexpl(x, &k) == 0.5L)       /* a power of 2: exact, no flag */
		return k - 1;
	hi = __logl_core(x, &lo);
	lo = lo * 0x1.71547652b82fe178p0L + hi * -0x1.05e004be5b8b05dcp-65L;
	hi = __two_prodl(hi, 0x1.71547652b82fe178p0L, &e);
	return hi + (e + lo);
}
#endif
