#include "mathfn.h"

#define PIO2_HI 0x1.921fb54442d18p+0
#define PIO2_LO 0x1.1a62633145c07p-54

/*
 * atan(u + ul) for 0 <= u <= 1: c = j/32 the nearest table point,
 * atan u = atan c + atan w, w = (u - c)/(1 + u c), |w| <= 1/64, atan w by
 * its Taylor series to w^11.  w is carried as hi + lo (the residual of the
 * division taken exactly), so that only the final sum rounds.
 */
static double atan01(double u, double ul, double *e)
{
	int j = (int)(u * 32.0 + 0.5);
	double c = j * 0x1p-5, w = u, wl = ul, w2, p, s, e1, l;

	if (j) {
		double pc, pce, dh, dl, q, qe;
		pc = __two_prod(u, c, &pce);
		dh = __two_sum(1.0, pc, &dl);
		dl += pce + ul * c;
		w = (u - c) / dh;
		q = __two_prod(w, dh, &qe);
		wl = (((u - c) - q) - qe + ul - w * dl) / dh;
	}
	w2 = w * w;
	p = w * w2 * (-0x1.5555555555555p-2 + w2 * (0x1.999999999999ap-3 + w2 * (-0x1.2492492492492p-3
		+ w2 * (0x1.c71c71c71c71cp-4 + w2 * -0x1.745d1745d1746p-4))));
	s = __two_sum(__atan_tab[j].hi, w, &e1);
	l = e1 + __atan_tab[j].lo + wl + p;
	return __fast_two_sum(s, l, e);
}

/* atan(hi + lo) for hi >= 0; above 1 as pi/2 - atan(1/(hi + lo)), 1/(hi + lo) as v + vl. */
hidden double __atan_dd(double hi, double lo, double *e)
{
	double v, vl, p, pe, a, ae, s, es;

	if (hi <= 1.0)
		return atan01(hi, lo, e);
	if (hi > 0x1p60) {
		*e = PIO2_LO;
		return PIO2_HI;
	}
	v = 1.0 / hi;
	p = __two_prod(v, hi, &pe);
	vl = (((1.0 - p) - pe) - v * lo) * v;
	a = atan01(v, vl, &ae);
	s = __two_sum(PIO2_HI, -a, &es);
	return __fast_two_sum(s, es + (PIO2_LO - ae), e);
}
