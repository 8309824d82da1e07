#include <math.h>
#include "mathfn.h"

/* In double, rounded once. */
float asinhf(float x)
{
	__m_tinyf(x);
	return (float)asinh(x);
}
