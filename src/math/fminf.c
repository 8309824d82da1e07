#include "libm.h"

/* A quiet nan loses to a number (a signaling one makes a nan, as in glibc); of two zeros, -0 is the smaller. */
float fminf(float x, float y)
{
	if (__is_snanf(x) || __is_snanf(y))
		return x + y;
	if (isnan(x))
		return y;
	if (isnan(y))
		return x;
	if (x == y)
		return signbit(x) ? x : y;
	return x < y ? x : y;
}
