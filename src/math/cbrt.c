#include "libm.h"

/*
 * |x| = m * 2^(3q), m in [1, 8).  Newton's iteration gives cbrt(m) to
 * double precision; cut to 26 bits (y0), its cube is exact as a pair of
 * doubles, so d = m - y0^3 has one rounding, and
 *   cbrt(m) = y0 * (1 + t)^(1/3) = y0 * (1 + t/3 - t^2/9 + ...),  t = d/y0^3,
 * with |t| < 2^-23 leaves terms below 2^-70: the last addition is the only
 * rounding that counts (error < 0.51 ulp).
 */
/* Through cbrt at 1, 4 and 8: within 3% on [1, 8), which four Newton steps take below 2^-60. */
static const double c0 = 0.75126, c1 = 0.26198, c2 = -0.013236;

static double top26(double x)
{
	return __u2d(__d2u(x) & ~(((uint64_t)1 << 27) - 1));
}

double cbrt(double x)
{
	double a = fabs(x), m, y, y0, sq, sh, d, t;
	int e, r, q, i, k = 0;

	if (!isfinite(x) || x == 0)
		return x + x;
	if (a < DBL_MIN) {
		a *= 0x1p54;
		k = -18;
	}
	e = (int)(__d2u(a) >> 52) - 0x3ff;
	r = ((e % 3) + 3) % 3;
	q = (e - r) / 3;
	m = __u2d((__d2u(a) & (((uint64_t)1 << 52) - 1)) | (uint64_t)(0x3ff + r) << 52);
	y = c0 + m * (c1 + m * c2);
	for (i = 0; i < 4; i++)
		y = y - (y * y * y - m) / (3 * y * y);
	y0 = top26(y);
	sq = y0 * y0;
	sh = top26(sq);
	d = (m - sh * y0) - (sq - sh) * y0;
	t = d / (m - d);
	y = y0 + y0 * (t * (1.0 / 3 - t * (1.0 / 9)));
	y *= __u2d((uint64_t)(0x3ff + q + k) << 52);
	return copysign(y, x);
}
