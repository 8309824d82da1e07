#include "libm.h"

/* The fraction x - trunc(x) is exact; it keeps x's sign, and is 0 for an infinity. */
float modff(float x, float *iptr)
{
	float t = truncf(x);

	*iptr = t;
	if (isinf(x))
		return copysignf(0, x);
	return copysignf(x - t, x);
}
