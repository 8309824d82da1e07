#include "libm.h"

/* remquo's, with EDOM for an infinite x or a zero y. */
double remainder(double x, double y)
{
	int q;

	if ((isinf(x) || y == 0) && !isnan(x) && !isnan(y))
		errno = EDOM;
	return remquo(x, y, &q);
}
