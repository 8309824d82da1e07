#include "ldmath.h"

#if LDBL_MANT_DIG == DBL_MANT_DIG
__LD_AS_D1(exp)
#elif LDBL_MANT_DIG == 64
/*
 * x = k ln2/128 + r (ln2/128 in two parts, the first of 42 bits so that k
 * times it is exact for |k| < 2^22, x minus it exact), then __expl_eval.
 * errno as glibc: ERANGE for an infinite or zero result.
 */
long double expl(long double x)
{
	long double kd, y;

	if (isnan(x))
		return x + x;
	if (x > 0x1.62e42fefa39ef358p13L)
		return isinf(x) ? x : __ml_range(0x1p16383L, 0x1p16383L);
	if (x < -0x1.643bfcfe13c57554p13L)
		return isinf(x) ? 0 : __ml_range(0x1p-16382L, 0x1p-16382L);
	if (fabsl(x) < 0x1p-65L)
		return 1 + x;
	kd = x * 0x1.71547652b82fe178p7L + 0x1.8p63L;
	kd -= 0x1.8p63L;
	y = __expl_eval((int)kd, x - kd * 0x1.62e42fefa38p-8L, -(kd * 0x1.ef35793c7673007ep-52L));
	if (y == 0 || isinf(y))
		errno = ERANGE;
	return y;
}
#endif
