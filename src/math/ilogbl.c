#include <fenv.h>
#include <limits.h>
#include "libm.h"

/* 0, nan and the infinities are domain errors (EDOM and invalid), as in glibc. */
int ilogbl(long double x)
{
#if LDBL_MANT_DIG == DBL_MANT_DIG
	return ilogb(x);
#else
	int e = (int)(__ld_se(x) & 0x7fff), r;

	if (e && e != 0x7fff)
		return e - __LD_BIAS;
	if (!e && x != 0)
		return ilogbl(x * 0x1p120L) - 120;
	r = e ? (isnan(x) ? FP_ILOGBNAN : INT_MAX) : FP_ILOGB0;
	errno = EDOM;
	feraiseexcept(FE_INVALID);
	return r;
#endif
}
