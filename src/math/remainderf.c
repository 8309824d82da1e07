#include "libm.h"

/* remquof's, with EDOM for an infinite x or a zero y. */
float remainderf(float x, float y)
{
	int q;

	if ((isinf(x) || y == 0) && !isnan(x) && !isnan(y))
		errno = EDOM;
	return remquof(x, y, &q);
}
