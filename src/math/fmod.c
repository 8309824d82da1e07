#include "libm.h"

/* An infinite x or a zero y is a domain error (EDOM, invalid); the result has x's sign. */
double fmod(double x, double y)
{
	unsigned q;

	if (isnan(x) || isnan(y))
		return x + y;
	if (isinf(x) || y == 0) {
		errno = EDOM;
		return (x * y) / (x * y);
	}
	return copysign(__fmod_q(x, y, &q), x);
}
