#include <math.h>
#include "mathfn.h"

float log1pf(float x)
{
	__m_tinyf(x);
	if (x != x)
		return x + x;
	if (x <= -1.0f)
		return x == -1.0f ? __m_divzerof(1) : __m_invalidf(x);
	return (float)log1p(x);
}
