#include "libm.h"

/* nextafter toward a long double: the direction is decided in long double. */
double nexttoward(double x, long double y)
{
	if (isnan(x) || isnan(y))
		return (double)(x + y);
	if (x == y)
		return (double)y;
	return nextafter(x, x < y ? HUGE_VAL : -HUGE_VAL);
}
