#include "libm.h"

/* logbl(0) is -inf with divide-by-zero; no errno, as in glibc. */
long double logbl(long double x)
{
	if (!isfinite(x))
		return x * x;
	if (x == 0)
		return -1 / (x * x);
	return (long double)ilogbl(x);
}
