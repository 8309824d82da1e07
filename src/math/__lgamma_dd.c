/*
 * lgamma's core, in double-double throughout (tgamma takes exp of it, so
 * its absolute error is tgamma's relative error):
 *   - x >= 8: Stirling's series, (x - 1/2) log x - x + log(2 pi)/2 + R(1/x^2)/x,
 *     R fitted (tools/mkgammatab), scaled by 1/2 above 2^1000 so that
 *     x log x does not overflow before the result does;
 *   - x near 2: lgamma(2 + t) = t P(t), |t| <= 1/2, P fitted, so that the
 *     zeros at 1 and 2 keep their relative accuracy; below 1.5 by
 *     lgamma(x) = lgamma(x + 1) - log x, below 0.5 by lgamma(x + 2) -
 *     log(x (x + 1)), with t = x - 1 or x exact; from 2.5 to 8 by
 *     lgamma(x) = lgamma(y) + log(y (y + 1) ... (x - 1)), y = x - n;
 *   - x < 0: reflection, lgamma(x) = log pi - log|x sin(pi x)| - lgamma(-x),
 *     sin(pi r) for r = x - round(x) by a fitted polynomial; within 2^-8/|c1|
 *     of one of the 28 zeros between -16 and -2, where those terms cancel,
 *     the Taylor series of lgamma at the zero instead, in t = x - z with z
 *     in three parts, so that the result keeps its relative accuracy however
 *     close x is to the zero (the method of glibc >= 2.22, our coefficients).
 */
#include "lgamma.h"

static double stirling(double x, double *lo)
{
	double s = x > 0x1p1000 ? 0.5 : 1.0, xs = s * x;
	double L, Ll, p, pe, a, e1, b, e2, c, e3, r, rl, d, e4, z, t, h, l;
	int i;

	L = __log_dd(x, &Ll);
	p = __two_prod(xs, L, &pe);
	a = __two_sum(p, -xs, &e1);
	b = __two_sum(a, -0.5 * s * L, &e2);
	c = __two_sum(b, s * __gamma_k[0].hi, &e3);
	/* R/x as h + rl: R's leading 1/12 and the quotient each need their low part below 2^26 */
	if (x < 0x1p26) {
		z = 1.0 / (x * x);
		t = __stirling_c[8].hi;
		for (i = 7; i >= 1; i--)
			t = __stirling_c[i].hi + z * t;
		r = __fast_two_sum(__stirling_c[0].hi, t * z + __stirling_c[0].lo, &rl);
		h = r / x;
		p = __two_prod(h, x, &l);
		rl = (((r - p) - l) + rl) / x;
	} else {
		h = __stirling_c[0].hi / x;
		rl = 0.0;
	}
	d = __two_sum(c, s * h, &e4);
	l = pe + e1 + e2 + e3 + e4 + s * rl + xs * Ll - 0.5 * s * Ll + s * __gamma_k[0].lo;
	h = __fast_two_sum(d, l, &l);
	*lo = l / s;
	return h / s;
}

/* lgamma(2 + t) for |t| <= 1/2. */
static double near2(double t, double *lo)
{
	double l, h = __dd_poly(__lgamma2_c, 22, 4, t, 0.0, &l);
	return __dd_mul(h, l, t, 0.0, lo);
}

static double lgamma_pos(double x, double *lo)
{
	double h, l, q, ql, lq, lql, y;
	int n, i;

	if (x >= 8.0)
		return stirling(x, lo);
	if (x >= 2.5) {
		n = (int)(x - 1.5);
		y = x - n;
		q = y;
		ql = 0.0;
		for (i = 1; i < n; i++)
			q = __dd_mul(q, ql, y + i, 0.0, &ql);
		h = near2(y - 2.0, &l);
		lq = __dd_log(q, ql, &lql);
		return __dd_add(h, l, lq, lql, lo);
	}
	if (x >= 1.5)
		return near2(x - 2.0, lo);
	if (x >= 0.5) {
		h = near2(x - 1.0, &l);
		lq = __log_dd(x, &lql);
		return __dd_add(h, l, -lq, -lql, lo);
	}
	if (x < 0x1p-60) {      /* -log x - Euler's gamma x, the second below 2^-66 relative */
		h = __log_dd(x, &l);
		*lo = -l;
		return -h;
	}
	h = near2(x, &l);
	y = __two_sum(1.0, x, &ql);
	q = __dd_mul(y, ql, x, 0.0, &ql);
	lq = __dd_log(q, ql, &lql);
	return __dd_add(h, l, -lq, -lql, lo);
}

/* The Taylor series at a zero z when x is within its radius, else 0 (no zero there). */
static int near_zero(double x, int k, double *hi, double *lo)
{
	const struct __lgamma_zero *z;
	double th, tl, e, h, l;
	int i;

	if (k < 2 || k > 15)
		return 0;
	for (i = 2 * (k - 2); i < 2 * (k - 1); i++) {
		z = &__lgamma_zeros[i];
		th = x - z->hi;
		if (th > z->r || th < -z->r)
			continue;
		th = __two_sum(th, -z->mid, &e);
		th = __fast_two_sum(th, e - z->lo, &tl);
		h = __dd_poly(z->c, 10, 2, th, tl, &l);
		*hi = __dd_mul(h, l, th, tl, lo);
		return 1;
	}
	return 0;
}

/* x < 0, not an integer. */
static double lgamma_neg(double x, double *lo, int *sign)
{
	double n, r, z, zl, s, sl, q, ql, h, l, g, gl;
	int64_t k;

	if (x > -0x1p-60) {     /* gamma(x) = 1/x - Euler's gamma + ...: -log|x| */
		*sign = -1;
		h = __log_dd(-x, &l);
		*lo = -l;
		return -h;
	}
	k = (int64_t)-x;        /* x in (-k-1, -k): gamma's sign is (-1)^(k+1) */
	*sign = k & 1 ? 1 : -1;
	if (near_zero(x, (int)(k < 16 ? k : 16), &h, lo))
		return h;
	n = (double)-k;
	r = x - n;
	if (r < -0.5)
		r += 1.0;
	z = __two_prod(r, r, &zl);
	s = __dd_poly(__sinpi_c, 10, 4, z, zl, &sl);
	q = __two_prod(x, r, &ql);
	q = __dd_mul(q, ql, s, sl, &ql);
	if (q < 0) {
		q = -q;
		ql = -ql;
	}
	h = __dd_log(q, ql, &l);
	g = lgamma_pos(-x, &gl);
	h = __dd_add(__gamma_k[2].hi, __gamma_k[2].lo, -h, -l, &l);
	return __dd_add(h, l, -g, -gl, lo);
}

hidden double __lgamma_dd(double x, double *lo, int *sign)
{
	if (x > 0) {
		*sign = 1;
		return lgamma_pos(x, lo);
	}
	return lgamma_neg(x, lo, sign);
}
