#include <fenv.h>
#include <limits.h>
#include "libm.h"

/* Out of range (or nan): invalid, and LONG_MIN as x86's conversion gives it. */
long lrint(double x)
{
	double r = rint(x);

	if (!(r >= (double)LONG_MIN && r < -(double)LONG_MIN)) {
		feraiseexcept(FE_INVALID);
		return LONG_MIN;
	}
	return (long)r;
}
