#include "libm.h"

#define MANT (((uint32_t)1 << 23) - 1)

/* The significand with its leading bit at bit 23, and the exponent that goes with it. */
static uint32_t unpack(uint32_t u, int *e)
{
	int shift;

	*e = (int)(u >> 23);
	if (*e)
		return (u & MANT) | (MANT + 1);
	shift = __builtin_clz(u) - 8;
	*e = 1 - shift;
	return u << shift;
}

/* Binary long division, one quotient bit per step of the exponent difference. */
float __fmodf_q(float x, float y, unsigned *q)
{
	uint32_t ux = __f2u(x) << 1 >> 1, uy = __f2u(y) << 1 >> 1, mx, my;
	unsigned qq = 0;
	int ex, ey, shift;

	*q = 0;
	if (ux < uy)
		return __u2f(ux);
	mx = unpack(ux, &ex);
	my = unpack(uy, &ey);
	for (;;) {
		if (mx >= my) {
			mx -= my;
			qq |= 1;
		}
		if (ex == ey)
			break;
		mx <<= 1;
		qq <<= 1;
		ex--;
	}
	*q = qq;
	if (!mx)
		return 0;
	shift = __builtin_clz(mx) - 8;
	mx <<= shift;
	ey -= shift;
	if (ey > 0)
		return __u2f((uint32_t)ey << 23 | (mx & MANT));
	return __u2f(mx >> (1 - ey));
}
