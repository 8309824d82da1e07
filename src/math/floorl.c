#include "libm.h"

/* truncl, less one below a negative non-integer: exact, and no flag raised. */
long double floorl(long double x)
{
#if LDBL_MANT_DIG == DBL_MANT_DIG
	return floor(x);
#else
	long double t = truncl(x);

	return isgreater(t, x) ? t - 1 : t;
#endif
}
