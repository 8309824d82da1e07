#include "ldmath.h"

#if LDBL_MANT_DIG == DBL_MANT_DIG
__LD_AS_D2(atan2)
#elif LDBL_MANT_DIG == 64
#define PI_HI 0x1.921fb54442d1846ap1L
#define PI_LO -0x1.d9cceba3f91f1976p-65L
#define PIO2_HI 0x1.921fb54442d1846ap0L
#define PIO2_LO -0x1.d9cceba3f91f1976p-66L

/* Annex F's results for a zero or an infinite operand (neither nan). */
static long double atan2_special(long double y, long double x)
{
	long double r;

	if (y == 0)
		r = signbit(x) ? PI_HI + PI_LO : 0;
	else if (x == 0)
		r = PIO2_HI + PIO2_LO;
	else if (isinf(y))
		r = x == INFINITY ? 0.5L * PIO2_HI + 0.5L * PIO2_LO
			: x == -INFINITY ? 1.5L * PIO2_HI + 1.5L * PIO2_LO : PIO2_HI + PIO2_LO;
	else
		r = x == INFINITY ? 0 : PI_HI + PI_LO;
	return signbit(y) ? -r : r;
}

/*
 * As atan2: atan(|y|/|x|) or pi/2 minus atan(|x|/|y|), whichever quotient
 * is at most 1, then pi minus it for x < 0, in hi + lo; exponents 70 apart
 * answer at once, close ones far out are scaled into the middle first.
 */
long double atan2l(long double y, long double x)
{
	long double ax = fabsl(x), ay = fabsl(y), a, ae, r, s, es;
	int ex = (int)(__ld_se(x) & 0x7fff), ey = (int)(__ld_se(y) & 0x7fff);

	if (isnan(x) || isnan(y))
		return x + y;
	if (ax == 0 || ay == 0 || isinf(x) || isinf(y))
		return atan2_special(y, x);
	if (ey - ex > 70) {
		r = PIO2_HI + PIO2_LO;
	} else if (ex - ey > 70) {
		if (signbit(x)) {
			r = PI_HI + PI_LO;
		} else {
			r = ay / ax;
			if (r == 0)
				errno = ERANGE;
			if (r < LDBL_MIN) {     /* glibc raises underflow, exact or not */
				volatile long double t = LDBL_MIN;
				t *= t;
			}
		}
	} else {
		if (ex > __LD_BIAS + 8000 || ey > __LD_BIAS + 8000)
			ax *= 0x1p-9000L, ay *= 0x1p-9000L;
		else if (ex < __LD_BIAS - 8000 || ey < __LD_BIAS - 8000)
			ax *= 0x1p9000L, ay *= 0x1p9000L;
		if (ay <= ax) {
			a = __atan_yxl(ay, 0, ax, 0, &ae);
		} else {
			a = __atan_yxl(ax, 0, ay, 0, &ae);
			a = __two_suml(PIO2_HI, -a, &es);
			ae = es + (PIO2_LO - ae);
		}
		if (signbit(x)) {
			s = __two_suml(PI_HI, -a, &es);
			r = s + (es + (PI_LO - ae));
		} else {
			r = a + ae;
		}
	}
	return signbit(y) ? -r : r;
}
#endif
