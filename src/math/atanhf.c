#include <math.h>
#include "mathfn.h"

/* In double, rounded once. */
float atanhf(float x)
{
	__m_tinyf(x);
	return (float)atanh(x);
}
