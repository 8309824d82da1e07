#include "libm.h"

/* The fraction x - trunc(x) is exact; it keeps x's sign, and is 0 for an infinity. */
long double modfl(long double x, long double *iptr)
{
	long double t = truncl(x);

	*iptr = t;
	if (isinf(x))
		return copysignl(0, x);
	return copysignl(x - t, x);
}
