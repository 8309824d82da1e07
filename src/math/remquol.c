#include "libm.h"

/* As remquo. */
long double remquol(long double x, long double y, int *quo)
{
#if LDBL_MANT_DIG == DBL_MANT_DIG
	return remquo(x, y, quo);
#else
	long double r, ay = fabsl(y);
	unsigned q;
	int past;

	*quo = 0;
	if (isnan(x) || isnan(y))
		return x + y;
	if (isinf(x) || y == 0)
		return (x * y) / (x * y);
	r = __fmodl_q(x, y, &q);
	/* Halving a |y| this small could round; doubling r is exact. */
	if (ay < 2 * LDBL_MIN)
		past = r + r > ay || (r + r == ay && q & 1);
	else
		past = r > ay / 2 || (r == ay / 2 && q & 1);
	if (past) {
		r -= ay;
		q++;
	}
	q &= 7;
	*quo = !signbit(x) != !signbit(y) ? -(int)q : (int)q;
	return signbit(x) ? -r : r;
#endif
}
