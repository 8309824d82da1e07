#include "ldmath.h"

#if LDBL_MANT_DIG == DBL_MANT_DIG
__LD_AS_D1(atan)
#elif LDBL_MANT_DIG == 64
/* atan2l's reduction with x = 1, whose accuracy it keeps. */
long double atanl(long double x)
{
	return atan2l(x, 1);
}
#endif
