#include "mathfn.h"

/*
 * c0 + c1 t + t^2 Q(t): the first two terms as hi + lo (c1 t exact), the
 * rest, below 2^-9 of the sum on every piece, by Horner in double.
 */
hidden double __erf_piece_eval(const struct __erf_piece *p, double t, double *lo)
{
	double q = p->c[__ERF_DEG - 2], a, ae, s, se;

	for (int i = __ERF_DEG - 3; i >= 0; i--)
		q = p->c[i] + t * q;
	a = __two_prod(p->c1, t, &ae);
	s = __two_sum(p->c0, a, &se);
	return __fast_two_sum(s, se + ae + p->c0l + p->c1l * t + t * t * q, lo);
}

/*
 * Below 1/4: erf(x) = x (c + z P(z)), z = x^2, c = 2/sqrt(pi) as hi + lo
 * and x c_hi exact.  From 1/4 to 6: the piece of the binade's eighth that
 * holds x, in t = x - mid (exact: x and mid are within a factor 2).
 */
hidden double __erf_dd(double x, double *lo)
{
	const double *P = __erf_small;
	uint64_t ix = __dbits(x);
	double z, p, h, he;

	if (x < 0.25) {
		z = x * x;
		p = z * (P[0] + z * (P[1] + z * (P[2] + z * (P[3] + z * (P[4] + z * (P[5]
			+ z * (P[6] + z * P[7])))))));
		h = __two_prod(x, __erf_c[0], &he);
		return __fast_two_sum(h, he + x * (__erf_c[1] + p), lo);
	}
	int i = (int)((ix >> 52) - (1023 - 2)) * 8 + (int)(ix >> 49 & 7);
	double mid = __dfrom((ix & ~((1ull << 49) - 1)) | 1ull << 48);
	return __erf_piece_eval(&__erf_tab[i], x - mid, lo);
}
