#include <math.h>
#include "mathfn.h"

/* In double, rounded once. */
float erff(float x)
{
	__m_tinyf(x);
	return (float)erf(x);
}
