#include "libm.h"

/* remquol's, with EDOM for an infinite x or a zero y. */
long double remainderl(long double x, long double y)
{
	int q;

	if ((isinf(x) || y == 0) && !isnan(x) && !isnan(y))
		errno = EDOM;
	return remquol(x, y, &q);
}
