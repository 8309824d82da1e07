#include <math.h>
#include "mathfn.h"

/* In double, rounded once. */
float tanhf(float x)
{
	__m_tinyf(x);
	return (float)tanh(x);
}
