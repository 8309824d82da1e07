#include <math.h>
#include "mathfn.h"

float exp2f(float x)
{
	if (x != x)
		return x + x;
	if (x >= 128.0f)
		return x == INFINITY ? x : __m_oflowf(0);
	if (x <= -150.0f)
		return x == -INFINITY ? 0.0f : __m_uflowf(0);
	return (float)exp2(x);
}
