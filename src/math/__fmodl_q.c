#include "libm.h"

#if LDBL_MANT_DIG != DBL_MANT_DIG
/*
 * Scaled subtraction: t = |y| * 2^k with t <= x < 2t, so that x - t is
 * exact (Sterbenz), sets quotient bit k; the bits fall as x does.
 */
long double __fmodl_q(long double x, long double y, unsigned *q)
{
	long double ax = fabsl(x), ay = fabsl(y), t;
	int ey, k;

	*q = 0;
	if (ax < ay)
		return ax;
	ey = ilogbl(ay);
	while (ax >= ay) {
		k = ilogbl(ax) - ey;
		t = scalbnl(ay, k);
		if (t > ax)
			t = scalbnl(ay, --k);
		ax -= t;
		if (k < 32)
			*q |= 1u << k;
	}
	return ax;
}
#endif
