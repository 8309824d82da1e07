#include <fenv.h>
#include <limits.h>
#include "libm.h"

/* Out of range (or nan): invalid, and LLONG_MIN as x86's conversion gives it. */
long long llround(double x)
{
	double r = round(x);

	if (!(r >= (double)LLONG_MIN && r < -(double)LLONG_MIN)) {
		feraiseexcept(FE_INVALID);
		return LLONG_MIN;
	}
	return __d2ll(r);
}
