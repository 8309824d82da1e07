#include "ldmath.h"

#if LDBL_MANT_DIG == DBL_MANT_DIG
__LD_AS_D1(exp2)
#elif LDBL_MANT_DIG == 64
/* x = k/128 + r exactly, r ln2 as an exact product plus r times ln2's low part, then __expl_eval. */
long double exp2l(long double x)
{
	long double kd, r, rh, rl;

	if (isnan(x))
		return x + x;
	if (x >= LDBL_MAX_EXP)
		return isinf(x) ? x : __ml_range(0x1p16383L, 0x1p16383L);
	if (x < LDBL_MIN_EXP - LDBL_MANT_DIG - 1)
		return isinf(x) ? 0 : __ml_range(0x1p-16382L, 0x1p-16382L);
	if (fabsl(x) < 0x1p-65L)
		return 1 + x;
	kd = x * 128 + 0x1.8p63L;
	kd -= 0x1.8p63L;
	r = x - kd * 0x1p-7L;
	rh = __two_prodl(r, 0x1.62e42fefa39ef358p-1L, &rl);
	rl += r * -0x1.b0e2633fe0684a86p-67L;
	r = __expl_eval((int)kd, rh, rl);
	if (r == 0 || isinf(r))
		errno = ERANGE;
	return r;
}
#endif
