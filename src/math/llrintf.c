#include <fenv.h>
#include <limits.h>
#include "libm.h"

/* Out of range (or nan): invalid, and LLONG_MIN as x86's conversion gives it. */
long long llrintf(float x)
{
	float r = rintf(x);

	if (!(r >= (float)LLONG_MIN && r < -(float)LLONG_MIN)) {
		feraiseexcept(FE_INVALID);
		return LLONG_MIN;
	}
	return __d2ll(r);
}
