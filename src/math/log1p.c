#include <math.h>
#include "mathfn.h"

/* log(u + c) = log(u) + c/u, with u + c = 1 + x exactly. */
double log1p(double x)
{
	uint64_t ix = __dbits(x);
	double u, c, hi, lo;

	if ((ix & 0x7fffffffffffffff) < 0x3c90000000000000) {   /* |x| < 2^-54 */
		if ((ix & 0x7fffffffffffffff) < 0x0010000000000000 && x != 0) {
			volatile double t = x * x;
			(void)t;
		}
		return x;
	}
	if (x != x)
		return x + x;
	if (x <= -1.0) {
		return x == -1.0 ? __m_divzero(1) : __m_invalid(x);
	}
	if (x == INFINITY)
		return x;
	u = x, c = 0;
	if (x < 0x1p1000)       /* else c/u would underflow to nothing */
		u = __two_sum(1.0, x, &c);
	hi = __log_dd(u, &lo);
	return hi + (lo + c / u);
}
