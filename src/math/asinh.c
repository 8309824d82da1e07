#include <math.h>
#include "mathfn.h"

/*
 * asinh|x| = log(|x| + sqrt(x^2 + 1)), the sum carried as hi + lo (x^2 + 1
 * exact as a pair, its root to about 2^-104), so that log's argument is
 * right to about 2^-104 even where it is near 1 and asinh near |x|: the
 * result's error is log's.  Below 2^-28 asinh x rounds to x; from 2^28,
 * asinh|x| = log|x| + ln2 (the next term, 1/(4x^2), is below 2^-58).
 */
double asinh(double x)
{
	uint64_t ix = __dbits(x);
	uint32_t top = ix >> 52 & 0x7ff;
	double a = __builtin_fabs(x), r, l, p, pe, w, we, s, sl, u, ue;

	if (top < 0x3e3) {
		__m_tiny(x);
		return x;
	}
	if (top == 0x7ff)
		return x + x;
	if (top >= 0x3ff + 28) {
		r = __log_dd(a, &l);
		s = __two_sum(r, __LN2_HI, &sl);
		r = s + (sl + l + __LN2_LO);
	} else {
		p = __two_prod(a, a, &pe);
		w = __two_sum(1.0, p, &we);
		s = __sqrt_dd(w, we + pe, &sl);
		u = __two_sum(a, s, &ue);
		u = __fast_two_sum(u, ue + sl, &ue);
		r = __log_dd_round(u, ue);
	}
	return ix >> 63 ? -r : r;
}
