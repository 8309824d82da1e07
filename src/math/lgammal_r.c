#include "libm.h"
#include "lgamma.h"

#if LDBL_MANT_DIG == DBL_MANT_DIG
/* lgamma_r is not ISO C's: its reserved name, as lgamma calls it. */
long double lgammal_r(long double x, int *sign)
{
	return __lgamma_r(x, sign);
}
#endif
