#include <math.h>
#include "mathfn.h"

double sin(double x)
{
	uint32_t top = __dbits(x) >> 52 & 0x7ff;
	double hi, lo, e;
	int n;

	if (top - 0x3e5 >= 0x3ff + 20 - 0x3e5) {   /* |x| < 2^-26, |x| >= 2^20, inf or nan */
		if (top < 0x3e5) {      /* sin x rounds to x */
			if (top == 0 && x != 0) {
				volatile double t = x * x;
				(void)t;
			}
			return x;
		}
		if (top == 0x7ff)
			return x != x ? x + x : __m_invalid(x);
	} else if ((__dbits(x) & 0x7fffffffffffffff) <= 0x3fe921fb54442d18) {
		return __sin_dd(x, 0.0, &e);
	}
	n = __rem_pio2(x, &hi, &lo);
	switch (n) {
	case 0: return __sin_dd(hi, lo, &e);
	case 1: return __cos_dd(hi, lo, &e);
	case 2: return -__sin_dd(hi, lo, &e);
	default: return -__cos_dd(hi, lo, &e);
	}
}
