#include "libm.h"

float truncf(float x)
{
	uint32_t u = __f2u(x);
	int e = (int)(u >> 23 & 0xff) - 0x7f;

	if (e >= 23)
		return e == 0x80 ? x + x : x;
	if (e < 0)
		return __u2f(u & (uint32_t)1 << 31);
	return __u2f(u & ~(((uint32_t)1 << (23 - e)) - 1));
}
