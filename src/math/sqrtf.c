#include "libm.h"

float sqrtf(float x)
{
	if (isless(x, 0))
		errno = EDOM;
	return __builtin_sqrtf(x);
}
