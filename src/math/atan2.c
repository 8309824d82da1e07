#include <math.h>
#include "mathfn.h"

#define PI_HI 0x1.921fb54442d18p+1
#define PI_LO 0x1.1a62633145c07p-53
#define PIO2 0x1.921fb54442d18p+0
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

/*
 * atan(|y|/|x|) with the quotient as q + ql (its residual exact), then
 * pi - that for x < 0, both in hi + lo.  Operands far apart in exponent
 * answer at once; close ones are scaled together into the middle of the
 * range first so that the exact product cannot overflow or underflow.
 */
double atan2(double y, double x)
{
	uint64_t ix = __dbits(x), iy = __dbits(y);
	int ex = ix >> 52 & 0x7ff, ey = iy >> 52 & 0x7ff;
	double ax = __builtin_fabs(x), ay = __builtin_fabs(y), q, ql, p, pe, a, ae, r;

	if (x != x || y != y)
		return x + y;
	if (ax == 0 || ay == 0 || ex == 0x7ff || ey == 0x7ff)
		return atan2_special(y, x);
	if (ey - ex > 60) {
		r = PIO2 + 0x1p-60;
	} else if (ex - ey > 60) {
		if (ix >> 63)
			r = PI_HI + PI_LO;
		else {
			r = ay / ax;
			if (r == 0)
				errno = ERANGE;
			if (r < 0x1p-1022) {    /* glibc raises underflow, exact or not */
				volatile double t = 0x1p-1022;
				t *= t;
			}
		}
	} else {
		if (ex > 0x3ff + 500 || ey > 0x3ff + 500)
			ax *= 0x1p-600, ay *= 0x1p-600;
		else if (ex < 0x3ff - 500 || ey < 0x3ff - 500)
			ax *= 0x1p600, ay *= 0x1p600;
		q = ay / ax;
		p = __two_prod(q, ax, &pe);
		ql = ((ay - p) - pe) / ax;
		a = __atan_dd(q, ql, &ae);
		if (ix >> 63) {
			double s, es;
			s = __two_sum(PI_HI, -a, &es);
			r = s + (es + (PI_LO - ae));
		} else {
			r = a;
		}
	}
	return iy >> 63 ? -r : r;
}
