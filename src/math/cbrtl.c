#include "libm.h"

#if LDBL_MANT_DIG == DBL_MANT_DIG
__LD_AS_D1(cbrt)
#else
/*
 * |x| = m * 2^(3q), m in [1/2, 4).  cbrt(m) to double precision, cut to K
 * bits (3K <= LDBL_MANT_DIG: 21 for x87, 37 for binary128), is y0: its cube
 * is exact, and so is d = m - y0^3 (under 2^-16 m).  Then
 *   cbrt(m) = y0 (1 + t)^(1/3) = y0 (1 + t/3 - t^2/9 + 5t^3/81 - ...),
 * t = d / y0^3, |t| < 2^-K+2, leaves terms below 2^-14 ulp: the last
 * addition is the one rounding that counts.
 */
#define K (LDBL_MANT_DIG / 3)

long double cbrtl(long double x)
{
	long double m, y0, t;
	int e, r;

	if (!isfinite(x) || x == 0)
		return x + x;
	m = frexpl(fabsl(x), &e);
	r = ((e % 3) + 3) % 3;
	m = ldexpl(m, r);
	y0 = __u2d(__d2u(cbrt((double)m)) & -((uint64_t)1 << (53 - K)));
	t = (m - y0 * y0 * y0) / (y0 * y0 * y0);
	t = t * (0x1.5555555555555555555555555555p-2L
		- t * (0x1.c71c71c71c71c71c71c71c71c71cp-4L - t * 0x1.f9add3c0ca4587e6b74f03291620p-5L));
	return copysignl(ldexpl(y0 + y0 * t, (e - r) / 3), x);
}
#endif
