#include <math.h>
#include "mathfn.h"

/* In double, rounded once. */
float cosf(float x)
{
	if (x == INFINITY || x == -INFINITY)
		return __m_invalidf(x);
	return (float)cos(x);
}
