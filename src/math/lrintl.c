#include <fenv.h>
#include <limits.h>
#include "libm.h"

/* Out of range (or nan): invalid, and LONG_MIN as x86's conversion gives it. */
long lrintl(long double x)
{
	long double r = rintl(x);

	if (!(r >= (long double)LONG_MIN && r < -(long double)LONG_MIN)) {
		feraiseexcept(FE_INVALID);
		return LONG_MIN;
	}
	return (long)r;
}
