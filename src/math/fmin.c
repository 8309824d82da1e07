#include "libm.h"

/* A quiet nan loses to a number (a signaling one makes a nan, as in glibc); of two zeros, -0 is the smaller. */
double fmin(double x, double y)
{
	if (__is_snan(x) || __is_snan(y))
		return x + y;
	if (isnan(x))
		return y;
	if (isnan(y))
		return x;
	if (x == y)
		return signbit(x) ? x : y;
	return x < y ? x : y;
}
