/*
 * Private parts of lgamma and tgamma (src/math/): arithmetic on double-double
 * values (hi + lo), the generated polynomials and zeros (tools/mkgammatab),
 * and the core that all six functions share.
 */
#ifndef TRAPDOOR_LGAMMA_H
#define TRAPDOOR_LGAMMA_H

#include "mathfn.h"

/* lgamma near one of its zeros below -2: z = hi + mid + lo, used where |x - z| < r. */
struct __lgamma_zero {
	double hi, mid, lo, r;
	struct __dd c[10];
};

extern hidden const struct __dd __lgamma2_c[22];
extern hidden const struct __dd __sinpi_c[10];
extern hidden const struct __dd __stirling_c[9];
extern hidden const struct __dd __gamma_k[3];
extern hidden const struct __lgamma_zero __lgamma_zeros[28];

/* The object behind signgam, which a program may define for itself. */
extern hidden int __signgam;

/*
 * lgamma(x) as hi + *lo and the sign of gamma(x) in *sign, for finite x
 * that is neither 0 nor a negative integer and at most 0x1.754d9278b51a7p+1014:
 * about 2^-64 relative, or 2^-64 absolute where the result is below 1 (and
 * 2^-60 relative even there, near the zeros).
 */
hidden double __lgamma_dd(double x, double *lo, int *sign);
hidden double __lgamma_r(double x, int *sign);
hidden float __lgammaf_r(float x, int *sign);

/* The largest x whose lgamma is finite. */
#define __LGAMMA_MAX 0x1.754d9278b51a7p+1014

/* (ah + al)(bh + bl) as hi + *lo, to about 2^-104 relative (no overflow, no underflow). */
static inline double __dd_mul(double ah, double al, double bh, double bl, double *lo)
{
	double e, p = __two_prod(ah, bh, &e);
	e += ah * bl + al * bh;
	return __fast_two_sum(p, e, lo);
}

/* (ah + al) + (bh + bl) as hi + *lo. */
static inline double __dd_add(double ah, double al, double bh, double bl, double *lo)
{
	double e, s = __two_sum(ah, bh, &e);
	return __fast_two_sum(s, e + al + bl, lo);
}

/*
 * The polynomial sum c[i] z^i (i < n), z = zh + zl, by Horner's rule: the
 * terms from kd on in double (small beside the result), the first kd in
 * double-double with each coefficient's low part.
 */
static inline double __dd_poly(const struct __dd *c, int n, int kd, double zh, double zl, double *lo)
{
	double h = c[n - 1].hi, l = 0.0, s, e;
	int i;

	for (i = n - 2; i >= kd; i--)
		h = c[i].hi + zh * h;
	for (; i >= 0; i--) {
		h = __dd_mul(h, l, zh, zl, &l);
		s = __two_sum(c[i].hi, h, &e);
		h = __fast_two_sum(s, e + l + c[i].lo, &l);
	}
	*lo = l;
	return h;
}

/* log(h + l) for h + l > 0 as hi + *lo: log h + l/h (the next term is below 2^-106). */
static inline double __dd_log(double h, double l, double *lo)
{
	double ll, r = __log_dd(h, &ll);
	return __dd_add(r, ll, l / h, 0.0, lo);
}

#endif
