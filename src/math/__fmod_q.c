#include "libm.h"

#define MANT (((uint64_t)1 << 52) - 1)

/* The significand with its leading bit at bit 52, and the exponent that goes with it. */
static uint64_t unpack(uint64_t u, int *e)
{
	int shift;

	*e = (int)(u >> 52);
	if (*e)
		return (u & MANT) | (MANT + 1);
	shift = __builtin_clzll(u) - 11;
	*e = 1 - shift;
	return u << shift;
}

/* Binary long division, one quotient bit per step of the exponent difference. */
double __fmod_q(double x, double y, unsigned *q)
{
	uint64_t ux = __d2u(x) << 1 >> 1, uy = __d2u(y) << 1 >> 1, mx, my;
	unsigned qq = 0;
	int ex, ey, shift;

	*q = 0;
	if (ux < uy)
		return __u2d(ux);
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
	shift = __builtin_clzll(mx) - 11;
	mx <<= shift;
	ey -= shift;
	if (ey > 0)
		return __u2d((uint64_t)ey << 52 | (mx & MANT));
	return __u2d(mx >> (1 - ey));
}
