#include "mathfn.h"

/*
 * cos(y) = 1 - z/2 + z^2 C(z), z = y^2, |y| <= pi/4: C interpolates
 * (cos(y) - 1 + z/2)/z^2 at Chebyshev nodes (degree 5, 2^-58 relative).
 * z/2 is the one large term: with hh the top 26 bits of hi, 1 - hh^2/2 is
 * taken exactly (its rounding error recovered), the rest is small.
 */
hidden double __cos_dd(double hi, double lo, double *e)
{
	double hh = __trunc26(hi), hl = hi - hh;
	double zh = 0.5 * (hh * hh), z = hi * hi;
	double w = 1.0 - zh;
	double c = (1.0 - w) - zh;
	double p = 0x1.5555555555555p-5 + z * (-0x1.6c16c16c16967p-10 + z * (0x1.a01a019f4e9b4p-16
		+ z * (-0x1.27e4fa17bf139p-22 + z * (0x1.1eeb68cd22f56p-29 + z * -0x1.907d8f29fe831p-37))));
	double t = c - 0.5 * (hl * (hi + hh)) + z * z * p - hi * lo;
	return __fast_two_sum(w, t, e);
}
