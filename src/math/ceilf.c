#include "libm.h"

/* Clears the fraction bits; a positive with a fraction first rounds its magnitude up. */
float ceilf(float x)
{
	uint32_t u = __f2u(x), m;
	int e = (int)(u >> 23 & 0xff) - 0x7f;

	if (e >= 23)
		return e == 0x80 ? x + x : x;
	if (e < 0) {
		if (u >> 31 || !(u << 1))
			return u >> 31 ? -0.0f : x;
		return 1.0f;
	}
	m = ((uint32_t)1 << (23 - e)) - 1;
	if (!(u & m))
		return x;
	if (!(u >> 31))
		u += m;
	return __u2f(u & ~m);
}
