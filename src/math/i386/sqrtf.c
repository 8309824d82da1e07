#include "libm.h"

/*
 * gcc calls sqrtf for __builtin_sqrtf on the x87: fsqrt, then the one
 * rounding to float.  Rounding first to 64 bits is harmless here: for a
 * square root, double rounding is exact when the wider format has at least
 * 2p + 2 bits (64 >= 50).
 */
float sqrtf(float x)
{
	long double r;

	if (isless(x, 0))
		errno = EDOM;
	__asm__("fsqrt" : "=t"(r) : "0"((long double)x));
	return (float)r;
}
