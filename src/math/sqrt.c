#include "libm.h"

/* src/math is built with -fno-math-errno: the builtin is the instruction. */
double sqrt(double x)
{
	if (isless(x, 0))
		errno = EDOM;
	return __builtin_sqrt(x);
}
