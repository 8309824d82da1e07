#include <math.h>
#include "mathfn.h"

#define LN2_HI 0x1.62e42fefa38p-1
#define LN2_LO 0x1.ef35793c76730p-45

/* (E + 1/E)/2, E = e^|x| and 1/E each as hi + lo; beyond 22, e^(|x| - ln2). */
double cosh(double x)
{
	uint32_t top = __dbits(x) >> 52 & 0x7ff;
	double a = __builtin_fabs(x), e, el, v, vl, p, pe, d, de;

	if (top < 0x3e4)        /* |x| < 2^-27: 1 + x^2/2 rounds to 1 */
		return 1.0 + 0x1p-60;
	if (x != x)
		return x + x;
	if (a > 22.0) {
		if (a == INFINITY)
			return a;
		return __exp_dd(a - LN2_HI, -LN2_LO, 0);
	}
	e = __exp_hilo(a, &el);
	v = 1.0 / e;
	p = __two_prod(v, e, &pe);
	vl = (((1.0 - p) - pe) - v * el) * v;
	d = __two_sum(e, v, &de);
	return 0.5 * (d + (de + (el + vl)));
}
