#include "libm.h"

/* A nan argument loses to a number; of two zeros, +0 is the larger. */
float fmaxf(float x, float y)
{
	if (isnan(x))
		return y;
	if (isnan(y))
		return x;
	if (x == y)
		return signbit(x) ? y : x;
	return x > y ? x : y;
}
