#include <math.h>
#include "mathfn.h"

/* In double, rounded once; the double function's errors are far below a float's half ulp. */
float log2f(float x)
{
	if (x != x)
		return x + x;
	if (x == 0)
		return __m_divzerof(1);
	if (x < 0)
		return __m_invalidf(x);
	if (x == INFINITY)
		return x;
	return (float)log2(x);
}
