#include "libm.h"

/* The fraction x - trunc(x) is exact; it keeps x's sign, and is 0 for an infinity. */
double modf(double x, double *iptr)
{
	double t = trunc(x);

	*iptr = t;
	if (isinf(x))
		return copysign(0, x);
	return copysign(x - t, x);
}
