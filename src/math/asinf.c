#include <math.h>
#include "mathfn.h"

/* In double, rounded once. */
float asinf(float x)
{
	__m_tinyf(x);
	return (float)asin(x);
}
