#include "libm.h"

long double frexpl(long double x, int *exp)
{
#if LDBL_MANT_DIG == DBL_MANT_DIG
	return frexp(x, exp);
#else
	unsigned se = __ld_se(x), e = se & 0x7fff;

	if (e == 0x7fff || x == 0) {
		*exp = 0;
		return x + x;
	}
	if (!e) {
		x = frexpl(x * 0x1p120L, exp);
		*exp -= 120;
		return x;
	}
	*exp = (int)e - 0x3ffe;
	return __ld_with_se(x, (se & 0x8000) | 0x3ffe);
#endif
}
