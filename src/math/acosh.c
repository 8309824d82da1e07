#include <math.h>
#include "mathfn.h"

/*
 * acosh x = log(x + sqrt(x^2 - 1)): x^2 - 1 is exact as a pair (x^2 = p +
 * pe exactly, p - 1 by TwoSum), its root and the sum with x to about
 * 2^-104, so that near 1, where acosh x ~ sqrt(2(x - 1)), the result keeps
 * log's accuracy.  From 2^28, log x + ln2 (the next term is below 2^-58).
 */
double acosh(double x)
{
	uint64_t ix = __dbits(x);
	double r, l, p, pe, w, we, s, sl, u, ue;

	if (x != x)
		return x + x;
	if (x < 1.0)
		return __m_invalid(x);
	if (x == 1.0)
		return 0.0;
	if (x == __builtin_inf())
		return x;
	if ((ix >> 52) >= 0x3ff + 28) {
		r = __log_dd(x, &l);
		s = __two_sum(r, __LN2_HI, &sl);
		return s + (sl + l + __LN2_LO);
	}
	p = __two_prod(x, x, &pe);
	w = __two_sum(p, -1.0, &we);
	s = __sqrt_dd(w, we + pe, &sl);
	u = __two_sum(x, s, &ue);
	u = __fast_two_sum(u, ue + sl, &ue);
	return __log_dd_round(u, ue);
}
