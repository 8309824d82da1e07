#include <math.h>
#include "mathfn.h"

float atan2f(float y, float x)
{
	float r = (float)atan2(y, x);
	__m_tinyf(r);
	if (r == 0 && y != 0 && x != INFINITY)
		errno = ERANGE;
	return r;
}
