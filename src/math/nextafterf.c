#include "libm.h"

/*
 * As nextafter, for float.  One step of the integer image away from or toward zero.  As in glibc, a
 * result that overflows, or that is subnormal or zero from a nonzero x,
 * sets ERANGE; the flags come from computing it.
 */
float nextafterf(float x, float y)
{
	uint32_t ux = __f2u(x), uy = __f2u(y), ax = ux << 1 >> 1;
	int e;

	if (isnan(x) || isnan(y))
		return x + y;
	if (x == y)
		return y;
	if (!ax) {
		ux = (uy & (uint32_t)1 << 31) | 1;
		__eval_mulf(0x1p-126f, 0x1p-126f);
		return __u2f(ux);
	}
	if ((x < y) == !(ux >> 31))
		ux++;
	else
		ux--;
	e = (int)(ux >> 23 & 0xff);
	if (e == 0xff) {
		__FORCE_EVAL(x + x);
		errno = ERANGE;
	} else if (e == 0) {
		__eval_mulf(0x1p-126f, 0x1p-126f);
		errno = ERANGE;
	}
	return __u2f(ux);
}
