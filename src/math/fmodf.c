#include "libm.h"

/* An infinite x or a zero y is a domain error (EDOM, invalid); the result has x's sign. */
float fmodf(float x, float y)
{
	unsigned q;

	if (isnan(x) || isnan(y))
		return x + y;
	if (isinf(x) || y == 0) {
		errno = EDOM;
		return (x * y) / (x * y);
	}
	return copysignf(__fmodf_q(x, y, &q), x);
}
