#include "ldmath.h"

#if LDBL_MANT_DIG == DBL_MANT_DIG
__LD_AS_D1(acos)
#elif LDBL_MANT_DIG == 64
#define PIO2_HI 0x1.921fb54442d1846ap0L
#define PIO2_LO -0x1.d9cceba3f91f1976p-66L

/* acos x = atan(sqrt(1 - x^2) / x), the root as hi + lo (__sqrt1m_l), pi minus it for x < 0. */
long double acosl(long double x)
{
	long double a = fabsl(x), r, rl, s, sl, e;

	if (isnan(x))
		return x + x;
	if (a > 1)
		return __ml_invalid();
	if (a < 0x1p-66L)
		return PIO2_HI + PIO2_LO;
	if (a == 1)
		return signbit(x) ? 2 * PIO2_HI + 2 * PIO2_LO : 0;
	r = __sqrt1m_l(a, &rl);
	if (r <= a) {
		s = __atan_yxl(r, rl, a, 0, &sl);
	} else {
		s = __atan_yxl(a, 0, r, rl, &sl);
		s = __two_suml(PIO2_HI, -s, &e);
		sl = e + (PIO2_LO - sl);
	}
	if (signbit(x)) {
		s = __two_suml(2 * PIO2_HI, -s, &e);
		sl = e + (2 * PIO2_LO - sl);
	}
	return s + sl;
}
#endif
