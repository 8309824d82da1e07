#include <math.h>
#include "mathfn.h"

/* In double, rounded once; past float's range the rounding over- or underflows, and errno says so. */
float tgammaf(float x)
{
	float r = (float)tgamma(x);
	if ((__fbits(r) << 1 == 0xffu << 24 || r == 0) && __fbits(x) << 1 != 0xffu << 24 && x != 0)
		errno = ERANGE;
	return r;
}
