#include "libm.h"

/* truncl, plus one above a positive non-integer: exact, and no flag raised. */
long double ceill(long double x)
{
#if LDBL_MANT_DIG == DBL_MANT_DIG
	return ceil(x);
#else
	long double t = truncl(x);

	return isless(t, x) ? t + 1 : t;
#endif
}
