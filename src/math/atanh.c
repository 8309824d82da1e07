#include <math.h>
#include "mathfn.h"

/*
 * atanh|x| = log((1 + |x|)/(1 - |x|))/2: both sums exact as pairs (TwoSum),
 * their quotient as hi + lo with its residual exact, so log's argument is
 * right to about 2^-104 near 1 (small x) and near its pole alike.  Below
 * 2^-28 atanh x rounds to x.
 */
double atanh(double x)
{
	uint64_t ix = __dbits(x);
	uint32_t top = ix >> 52 & 0x7ff;
	double a = __builtin_fabs(x), n, nl, d, dl, q, ql, p, pe, r;

	if (top < 0x3e3) {
		__m_tiny(x);
		return x;
	}
	if (x != x)
		return x + x;
	if (a >= 1.0)
		return a == 1.0 ? __m_divzero((uint32_t)(ix >> 63)) : __m_invalid(x);
	n = __two_sum(1.0, a, &nl);
	d = __two_sum(1.0, -a, &dl);
	q = n / d;
	p = __two_prod(q, d, &pe);
	ql = (((n - p) - pe) + nl - q * dl) / d;
	q = __fast_two_sum(q, ql, &ql);
	r = 0.5 * __log_dd_round(q, ql);
	return ix >> 63 ? -r : r;
}
