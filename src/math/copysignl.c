#include "libm.h"

long double copysignl(long double x, long double y)
{
#if LDBL_MANT_DIG == DBL_MANT_DIG
	return copysign(x, y);
#else
	return __ld_with_se(x, (__ld_se(x) & 0x7fff) | (__ld_se(y) & 0x8000));
#endif
}
