#include "libm.h"

long double fabsl(long double x)
{
#if LDBL_MANT_DIG == DBL_MANT_DIG
	return fabs(x);
#else
	return __ld_with_se(x, __ld_se(x) & 0x7fff);
#endif
}
