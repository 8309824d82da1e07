#include "libm.h"

/*
 * x * 2^n with one rounding: a large |n| is applied in steps whose products
 * stay exact (below the subnormal range, the first step leaves room for the
 * 53 bits), and the last multiplication rounds.  Overflow and underflow to
 * zero set ERANGE, as glibc's.
 */
double scalbn(double x, int n)
{
	double_t y = x;
	double r;

	if (n > 1023) {
		y *= 0x1p1023;
		n -= 1023;
		if (n > 1023) {
			y *= 0x1p1023;
			n = n - 1023 > 1023 ? 1023 : n - 1023;
		}
	} else if (n < -1022) {
		y *= 0x1p-1022 * 0x1p53;
		n += 1022 - 53;
		if (n < -1022) {
			y *= 0x1p-1022 * 0x1p53;
			n = n + 1022 - 53 < -1022 ? -1022 : n + 1022 - 53;
		}
	}
	r = (double)(y * __u2d((uint64_t)(0x3ff + n) << 52));
	if ((r == 0 || isinf(r)) && x != 0 && isfinite(x))
		errno = ERANGE;
	return r;
}
