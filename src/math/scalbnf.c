#include "libm.h"

/* As scalbn, for float's exponent range and 24 bits. */
float scalbnf(float x, int n)
{
	float_t y = x;
	float r;

	if (n > 127) {
		y *= 0x1p127f;
		n -= 127;
		if (n > 127) {
			y *= 0x1p127f;
			n = n - 127 > 127 ? 127 : n - 127;
		}
	} else if (n < -126) {
		y *= 0x1p-126f * 0x1p24f;
		n += 126 - 24;
		if (n < -126) {
			y *= 0x1p-126f * 0x1p24f;
			n = n + 126 - 24 < -126 ? -126 : n + 126 - 24;
		}
	}
	r = (float)(y * __u2f((uint32_t)(0x7f + n) << 23));
	if ((r == 0 || isinf(r)) && x != 0 && isfinite(x))
		errno = ERANGE;
	return r;
}
