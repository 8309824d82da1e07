#include "libm.h"

/* logb(0) is -inf with divide-by-zero; no errno, as in glibc. */
float logbf(float x)
{
	if (!isfinite(x))
		return x * x;
	if (x == 0)
		return -1 / (x * x);
	return (float)ilogbf(x);
}
