#include <math.h>
#include "mathfn.h"

/* In double, rounded once. */
float atanf(float x)
{
	__m_tinyf(x);
	return (float)atan(x);
}
