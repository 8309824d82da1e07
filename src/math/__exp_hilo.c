#include "mathfn.h"

#define INV_LN2_N 0x1.71547652b82fep+7
#define LN2_N_HI 0x1.62e42fefcp-8
#define LN2_N_LO -0x1.c610ca86c3899p-44
#define SHIFT 0x1.8p52

/*
 * exp(x) as hi + *lo for |x| <= 40, to about 2^-60 relative: exp's
 * reduction and polynomial without the final rounding, for sinh, cosh and
 * tanh, whose differences of exponentials would double exp's error.
 */
hidden double __exp_hilo(double x, double *lo)
{
	double kd = x * INV_LN2_N + SHIFT, r, r2, p, s, hi;
	int k, j, e;

	kd -= SHIFT;
	r = x - kd * LN2_N_HI;
	r -= kd * LN2_N_LO;
	k = (int)kd;
	j = k & 127;
	e = (k - j) / 128;
	r2 = r * r;
	p = r + r2 * (0.5 + r * 0x1.5555555555555p-3)
		+ r2 * r2 * (0x1.5555555555555p-5 + r * 0x1.1111111111111p-7);
	s = __dfrom((uint64_t)(e + 1023) << 52);
	hi = __fast_two_sum(__exp_tab[j].hi, __exp_tab[j].lo + __exp_tab[j].hi * p, lo);
	*lo *= s;
	return hi * s;
}
