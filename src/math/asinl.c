#include "ldmath.h"

#if LDBL_MANT_DIG == DBL_MANT_DIG
__LD_AS_D1(asin)
#elif LDBL_MANT_DIG == 64
/* asin x = atan(x / sqrt(1 - x^2)), the root as hi + lo (__sqrt1m_l). */
long double asinl(long double x)
{
	long double a = fabsl(x), r, rl, s, sl, e;

	if (isnan(x))
		return x + x;
	if (a > 1)
		return __ml_invalid();
	if (a < 0x1p-33L) {             /* x + x^3/6, below a 2^-66 relative: x, inexact */
		if (a < LDBL_MIN && x != 0) {
			volatile long double t = LDBL_MIN;
			t *= t;
		}
		return x;
	}
	if (a == 1) {
		r = 0x1.921fb54442d1846ap0L + -0x1.d9cceba3f91f1976p-66L;
	} else {
		r = __sqrt1m_l(a, &rl);
		if (a <= r) {
			s = __atan_yxl(a, 0, r, rl, &sl);
		} else {
			s = __atan_yxl(r, rl, a, 0, &sl);
			s = __two_suml(0x1.921fb54442d1846ap0L, -s, &e);
			sl = e + (-0x1.d9cceba3f91f1976p-66L - sl);
		}
		r = s + sl;
	}
	return signbit(x) ? -r : r;
}
#endif
