#include "libm.h"

/*
 * One step of the integer image away from or toward zero.  As in glibc, a
 * result that overflows, or that is subnormal or zero from a nonzero x,
 * sets ERANGE; the flags come from computing it.
 */
double nextafter(double x, double y)
{
	uint64_t ux = __d2u(x), uy = __d2u(y), ax = ux << 1 >> 1;
	int e;

	if (isnan(x) || isnan(y))
		return x + y;
	if (x == y)
		return y;
	if (!ax) {
		ux = (uy & (uint64_t)1 << 63) | 1;
		__eval_mul(0x1p-1022, 0x1p-1022);
		return __u2d(ux);
	}
	if ((x < y) == !(ux >> 63))
		ux++;
	else
		ux--;
	e = (int)(ux >> 52 & 0x7ff);
	if (e == 0x7ff) {
		__FORCE_EVAL(x + x);
		errno = ERANGE;
	} else if (e == 0) {
		__eval_mul(0x1p-1022, 0x1p-1022);
		errno = ERANGE;
	}
	return __u2d(ux);
}
