#include "mathfn.h"

/*
 * sin(y) = y + y z S(z), z = y^2, |y| <= pi/4: S interpolates
 * (sin(y)/y - 1)/z at Chebyshev nodes of z in [0, (pi/4)^2] (degree 6,
 * 2^-56 relative), coefficients fitted by tools/mkmathpoly.  lo enters
 * through sin(hi + lo) = sin(hi) + lo cos(hi).
 */
hidden double __sin_dd(double hi, double lo, double *e)
{
	double z = hi * hi;
	double s = -0x1.5555555555555p-3 + z * (0x1.1111111111110p-7 + z * (-0x1.a01a01a019937p-13
		+ z * (0x1.71de3a54607a5p-19 + z * (-0x1.ae64541295cdfp-26
		+ z * (0x1.61217ee5cca1bp-33 + z * -0x1.ab17bdcbd3414p-41)))));
	double t = hi * z * s + lo * (1.0 - 0.5 * z);
	return __fast_two_sum(hi, t, e);
}
