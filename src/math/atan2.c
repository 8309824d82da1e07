#include <math.h>
#include "mathfn.h"

#define PI_HI 0x1.921fb54442d18p+1
#define PI_LO 0x1.1a62633145c07p-53
#define PIO2 0x1.921fb54442d18p+0
#define PIO2_LO 0x1.1a62633145c07p-54
#define PIO4 0x1.921fb54442d18p-1

/* Annex F's results for a zero or an infinite operand (neither nan). */
static double atan2_special(double y, double x)
{
	double r;

	if (y == 0)
		r = __dbits(x) >> 63 ? PI_HI + PI_LO : 0.0;
	else if (x == 0)
		r = PIO2 + 0x1p-60;
	else if (y == INFINITY || y == -INFINITY)
		r = x == INFINITY ? PIO4 + 0x1p-60 : x == -INFINITY ? 3 * PIO4 + 0x1p-60 : PIO2 + 0x1p-60;
	else
		r = x == INFINITY ? 0.0 : PI_HI + PI_LO;
	return __dbits(y) >> 63 ? -r : r;
}

/* |y/x| as r, x and y finite and nonzero, |ey - ex| > 60: pi/2, pi or the quotient at once. */
static double atan2_far(double ay, double ax, uint64_t ix, int ey, int ex)
{
	double r;

	if (ey > ex)
		return PIO2 + 0x1p-60;
	if (ix >> 63)
		return PI_HI + PI_LO;
	r = ay / ax;
	if (r == 0)
		errno = ERANGE;
	if (r < 0x1p-1022) {    /* glibc raises underflow, exact or not */
		volatile double t = 0x1p-1022;
		t *= t;
	}
	return r;
}

/*
 * atan(|y|/|x|) or pi/2 - atan(|x|/|y|), whichever quotient is at most 1
 * (__atan_yx: no reciprocal, one division carried as hi + lo), then pi
 * minus it for x < 0, all in hi + lo.  Operands far apart in exponent
 * answer at once; close ones are scaled together into the middle of the
 * range first so that the exact products cannot overflow or underflow.
 * One test keeps all of that, zeros, infinities and nans off the common
 * path: both exponents within 480 of 0 and within 60 of each other.
 */
double atan2(double y, double x)
{
	uint64_t ix = __dbits(x), iy = __dbits(y);
	int ex = ix >> 52 & 0x7ff, ey = iy >> 52 & 0x7ff;
	double ax = __builtin_fabs(x), ay = __builtin_fabs(y), a, ae, r, s, es;

	if ((unsigned)(ex - (0x3ff - 480)) > 960 || (unsigned)(ey - (0x3ff - 480)) > 960
	    || (unsigned)(ey - ex + 60) > 120) {
		if (x != x || y != y)
			return x + y;
		if (ax == 0 || ay == 0 || ex == 0x7ff || ey == 0x7ff)
			return atan2_special(y, x);
		if (ey - ex > 60 || ex - ey > 60) {
			r = atan2_far(ay, ax, ix, ey, ex);
			return iy >> 63 ? -r : r;
		}
		if (ex > 0x3ff + 480 || ey > 0x3ff + 480)
			ax *= 0x1p-600, ay *= 0x1p-600;
		else
			ax *= 0x1p600, ay *= 0x1p600;
	}
	if (ay <= ax) {
		a = __atan_yx(ay, ax, &ae);
	} else {
		a = __atan_yx(ax, ay, &ae);
		a = __two_sum(PIO2, -a, &es);
		ae = es + (PIO2_LO - ae);
	}
	if (ix >> 63) {
		s = __two_sum(PI_HI, -a, &es);
		r = s + (es + (PI_LO - ae));
	} else {
		r = a + ae;
	}
	return iy >> 63 ? -r : r;
}
