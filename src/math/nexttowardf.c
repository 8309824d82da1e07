#include "libm.h"

/* nextafterf toward a long double: the direction is decided in long double. */
float nexttowardf(float x, long double y)
{
	if (isnan(x) || isnan(y))
		return (float)(x + y);
	if (x == y)
		return (float)y;
	return nextafterf(x, x < y ? HUGE_VALF : -HUGE_VALF);
}
