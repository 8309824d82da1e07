#include "libm.h"

/*
 * Adding and subtracting 2^(p-1) in double_t rounds x to an integer in the
 * current rounding mode, once (on i386 in the x87's 64 bits, so that no
 * second rounding to double can happen).
 */
double rint(double x)
{
	static const double_t toint = __TOINT(double_t);
	uint64_t u = __d2u(x);
	int e = (int)(u >> 52 & 0x7ff);
	double y;

	if (e >= 0x3ff + 52)
		return e == 0x7ff ? x + x : x;
	if (u >> 63)
		y = (double)((double_t)x - toint + toint);
	else
		y = (double)((double_t)x + toint - toint);
	if (y == 0)
		return u >> 63 ? -0.0 : 0.0;
	return y;
}
