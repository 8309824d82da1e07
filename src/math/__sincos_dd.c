#include "mathfn.h"

/*
 * sin and cos of y = hi + lo, |y| <= pi/4 + 2^-20, as hi + lo each, for
 * tan, whose quotient would double the kernels' own errors: y = c + d with
 * c = j/64 the nearest table point, |d| <= 1/128, and
 *   sin y = sin c + cos c d + sin c (cos d - 1) + cos c (sin d - d),
 *   cos y = cos c - sin c d + cos c (cos d - 1) - sin c (sin d - d),
 * the product of the first two terms exact, the rest below 2^-14 of the
 * result, so that only the final sum rounds.  Near 0 (j = 0) the plain
 * kernels, whose corrections are then as small.
 */
hidden void __sincos_dd(double hi, double lo, struct __dd *s, struct __dd *c)
{
	double a = __builtin_fabs(hi), l = hi < 0 ? -lo : lo, cj, d, d2, sm, cm, p, pe, q, qe, t, e;
	int j = (int)(a * 64.0 + 0.5);
	const struct __dd *S = &__sin_tab[j], *C = &__cos_tab[j];

	if (j == 0) {
		s->hi = __sin_dd(hi, lo, &s->lo);
		c->hi = __cos_dd(hi, lo, &c->lo);
		return;
	}
	cj = j * 0x1p-6;
	d = a - cj;
	d2 = (d + l) * (d + l);
	sm = (d + l) * d2 * (-0x1.5555555555555p-3 + d2 * (0x1.1111111111111p-7 + d2 * -0x1.a01a01a01a01ap-13));
	cm = d2 * (-0.5 + d2 * (0x1.5555555555555p-5 + d2 * (-0x1.6c16c16c16c17p-10 + d2 * 0x1.a01a01a01a01ap-16)));
	p = __two_prod(C->hi, d, &pe);
	q = __two_prod(S->hi, d, &qe);
	t = __fast_two_sum(S->hi, p, &e);
	e += pe + C->hi * l + C->lo * d + S->lo + S->hi * cm + C->hi * sm;
	s->hi = __fast_two_sum(t, e, &s->lo);
	if (hi < 0) {
		s->hi = -s->hi;
		s->lo = -s->lo;
	}
	t = __fast_two_sum(C->hi, -q, &e);
	e += -qe - S->hi * l - S->lo * d + C->lo + C->hi * cm - S->hi * sm;
	c->hi = __fast_two_sum(t, e, &c->lo);
}
