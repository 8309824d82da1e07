#include "libm.h"

float fabsf(float x)
{
	return __u2f(__f2u(x) & ~((uint32_t)1 << 31));
}
