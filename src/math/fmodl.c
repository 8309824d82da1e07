#include "libm.h"

/* An infinite x or a zero y is a domain error (EDOM, invalid); the result has x's sign. */
long double fmodl(long double x, long double y)
{
#if LDBL_MANT_DIG == DBL_MANT_DIG
	return fmod(x, y);
#else
	unsigned q;

	if (isnan(x) || isnan(y))
		return x + y;
	if (isinf(x) || y == 0) {
		errno = EDOM;
		return (x * y) / (x * y);
	}
	return copysignl(__fmodl_q(x, y, &q), x);
#endif
}
