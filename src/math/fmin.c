#include "libm.h"

/* A nan argument loses to a number; of two zeros, -0 is the smaller. */
double fmin(double x, double y)
{
	if (isnan(x))
		return y;
	if (isnan(y))
		return x;
	if (x == y)
		return signbit(x) ? x : y;
	return x < y ? x : y;
}
