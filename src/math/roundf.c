#include "libm.h"

/* Adds half a unit to the magnitude, then clears the fraction bits. */
float roundf(float x)
{
	uint32_t u = __f2u(x), sign = u & (uint32_t)1 << 31, m;
	int e = (int)(u >> 23 & 0xff) - 0x7f;

	if (e >= 23)
		return e == 0x80 ? x + x : x;
	if (e < -1)
		return __u2f(sign);
	if (e == -1)
		return __u2f(sign | __f2u(1.0f));
	m = ((uint32_t)1 << (23 - e)) - 1;
	u += (m + 1) >> 1;
	return __u2f(u & ~m);
}
