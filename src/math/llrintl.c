#include <fenv.h>
#include <limits.h>
#include "libm.h"

/* Out of range (or nan): invalid, and LLONG_MIN as x86's conversion gives it. */
long long llrintl(long double x)
{
	long double r = rintl(x);

	if (!(r >= (long double)LLONG_MIN && r < -(long double)LLONG_MIN)) {
		feraiseexcept(FE_INVALID);
		return LLONG_MIN;
	}
#if LDBL_MANT_DIG == DBL_MANT_DIG
	return __d2ll((double)r);
#else
	return (long long)r;
#endif
}
