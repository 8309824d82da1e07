#include <math.h>
#include "mathfn.h"

/*
 * In double: pow's result, within 0.75 ulp of a double, rounds once to
 * float; the float range's ends get their own errno (the double result is
 * then finite and nonzero; below 2^-149, rounded to zero or not, as glibc).
 */
float powf(float x, float y)
{
	double r = pow(x, y);
	float f = (float)r;

	uint64_t ar = __dbits(r) & 0x7fffffffffffffff;

	if ((ar - 1 < 0x36a0000000000000 - 1) || (__fbits(f) << 1 == 0xffu << 24 && ar < 0x7ff0000000000000))
		errno = ERANGE;
	return f;
}
