#include "libm.h"

float sqrtf(float x)
{
	if (x < 0)
		errno = EDOM;
	return __builtin_sqrtf(x);
}
