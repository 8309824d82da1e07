#include <math.h>
#include "mathfn.h"

/* sin and cos with one reduction (a GNU extension, _GNU_SOURCE); sincosf calls it by its reserved name. */
hidden void __sincos(double x, double *s, double *c)
{
	uint32_t top = __dbits(x) >> 52 & 0x7ff;
	double hi = x, lo = 0.0, sv, cv, e;
	int n = 0;

	if (top < 0x3e4) {      /* |x| < 2^-27 */
		__m_tiny(x);
		*s = x;
		*c = 1.0 + 0x1p-60;
		return;
	}
	if (top == 0x7ff) {
		*s = *c = x != x ? x + x : __m_invalid(x);
		return;
	}
	if ((__dbits(x) & 0x7fffffffffffffff) > 0x3fe921fb54442d18)
		n = __rem_pio2(x, &hi, &lo);
	sv = __sin_dd(hi, lo, &e);
	cv = __cos_dd(hi, lo, &e);
	switch (n) {
	case 0: *s = sv, *c = cv; break;
	case 1: *s = cv, *c = -sv; break;
	case 2: *s = -sv, *c = -cv; break;
	default: *s = -cv, *c = sv; break;
	}
}

weak_alias(__sincos, sincos);
