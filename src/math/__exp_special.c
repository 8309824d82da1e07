#include "mathfn.h"

/*
 * val * 2^e for exp's results near the ends of the range: scaled in two
 * steps so that only the last one rounds (into the subnormals) or
 * overflows, with errno set for an overflow or a zero as glibc does.
 */
hidden double __exp_special(double val, int e)
{
	double y;

	if (e > 1023) {
		y = val * __dfrom((uint64_t)(e - 1 + 1023) << 52);
		y = y * 2.0;
	} else {
		y = val * __dfrom((uint64_t)(e + 1000 + 1023) << 52);
		y = y * 0x1p-1000;
	}
	if (y == 0 || __dbits(y) << 1 == 0x7ffull << 53)
		errno = ERANGE;
	else if (y < 0x1p-1022 && y > -0x1p-1022) {
		/* glibc raises underflow for a subnormal result even when it is exact */
		volatile double t = 0x1p-1022;
		t *= t;
	}
	return y;
}
