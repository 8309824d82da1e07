#include <math.h>
#include "mathfn.h"

/* In double, rounded once; past float's range the rounding overflows, and errno says so. */
float expm1f(float x)
{
	float r = (float)expm1(x);
	if (__fbits(r) << 1 == 0xffu << 24 && __fbits(x) << 1 != 0xffu << 24)
		errno = ERANGE;
	return r;
}
