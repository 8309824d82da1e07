#include <math.h>
#include "lgamma.h"

/* In double, rounded once (within 0.5 + 2^-29 ulp); float's own overflow sets errno. */
hidden float __lgammaf_r(float x, int *sign)
{
	float r = (float)__lgamma_r(x, sign);
	if (__fbits(r) << 1 == 0xffu << 24 && __fbits(x) << 1 != 0xffu << 24)
		errno = ERANGE;
	return r;
}

weak_alias(__lgammaf_r, lgammaf_r);
