#include <fenv.h>
#include <limits.h>
#include "libm.h"

/* Out of range (or nan): invalid, and LONG_MIN as x86's conversion gives it. */
long lroundf(float x)
{
	float r = roundf(x);

	if (!(r >= (float)LONG_MIN && r < -(float)LONG_MIN)) {
		feraiseexcept(FE_INVALID);
		return LONG_MIN;
	}
	return (long)r;
}
