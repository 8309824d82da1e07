#include "libm.h"

/* In double the squares are exact and their sum is off by 2^-53 at most: far below float's unit. */
float hypotf(float x, float y)
{
	double a = x, b = y;
	float r;

	if (isinf(x) || isinf(y))
		return HUGE_VALF;
	if (isnan(x) || isnan(y))
		return x + y;
	r = (float)__builtin_sqrt(a * a + b * b);
	if (isinf(r))
		errno = ERANGE;
	return r;
}
