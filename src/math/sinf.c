#include <math.h>
#include "mathfn.h"

/* In double, rounded once. */
float sinf(float x)
{
	__m_tinyf(x);
	if (x == INFINITY || x == -INFINITY)
		return __m_invalidf(x);
	return (float)sin(x);
}
