#include "libm.h"

float frexpf(float x, int *exp)
{
	uint32_t u = __f2u(x);
	int e = (int)(u >> 23 & 0xff);

	if (e == 0xff || !(u << 1)) {
		*exp = 0;
		return x + x;
	}
	if (!e) {
		x = frexpf(x * 0x1p32f, exp);
		*exp -= 32;
		return x;
	}
	*exp = e - 0x7e;
	return __u2f((u & 0x807fffff) | (uint32_t)0x7e << 23);
}
