#include <math.h>
#include "mathfn.h"

#define PI_HI 0x1.921fb54442d18p+1
#define PI_LO 0x1.1a62633145c07p-53
#define PIO2_HI 0x1.921fb54442d18p+0

/* acos x = atan(sqrt(1 - x^2) / |x|), or pi less that for x < 0; all in hi + lo as asin. */
double acos(double x)
{
	uint64_t ix = __dbits(x);
	uint32_t top = ix >> 52 & 0x7ff;
	double a = __builtin_fabs(x), u, ue, w, we, d, de, s, sl, p, pe, q, ql, r, e, es;

	if (top < 0x3c9)        /* |x| < 2^-54: pi/2 - x rounds to pi/2 */
		return PIO2_HI + 0x1p-60;
	if (x != x)
		return x + x;
	if (a >= 1.0) {
		if (a > 1.0)
			return __m_invalid(x);
		return ix >> 63 ? PI_HI + PI_LO : 0.0;
	}
	u = __two_sum(1.0, -a, &ue);
	w = __two_sum(1.0, a, &we);
	d = __two_prod(u, w, &de);
	de += u * we + ue * w;
	s = __builtin_sqrt(d);
	p = __two_prod(s, s, &pe);
	sl = (((d - p) - pe) + de) / (2.0 * s);
	q = s / a;
	p = __two_prod(q, a, &pe);
	ql = (((s - p) - pe) + sl) / a;
	r = __atan_dd(q, ql, &e);
	if (!(ix >> 63))
		return r + e;
	r = __two_sum(PI_HI, -r, &es);
	return r + (es + (PI_LO - e));
}
