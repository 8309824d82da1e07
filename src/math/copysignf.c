#include "libm.h"

float copysignf(float x, float y)
{
	uint32_t s = (uint32_t)1 << 31;

	return __u2f((__f2u(x) & ~s) | (__f2u(y) & s));
}
