#include <math.h>
#include "mathfn.h"

#define INV_LN2_N 0x1.71547652b82fep+7
#define LN2_N_HI 0x1.62e42fefcp-8
#define LN2_N_LO -0x1.c610ca86c3899p-44
#define SHIFT 0x1.8p52

/*
 * |x| < 1/16: the Taylor series to x^11 (the next term is below 2^-65
 * relative).  Otherwise exp's reduction, 2^(k/128)(1 + p) - 1 with the
 * subtraction of 1 from the exact 2^e T[j] taken by TwoSum.
 */
double expm1(double x)
{
	uint64_t ix = __dbits(x);
	uint32_t top = ix >> 52 & 0x7ff;
	double kd, r, r2, p, s, a, ae;
	int k, j, e;

	if (top < 0x3fb) {      /* |x| < 1/16 */
		if (top < 0x3c9) {
			__m_tiny(x);
			return x;
		}
		p = 0.5 + x * (0x1.5555555555555p-3 + x * (0x1.5555555555555p-5 + x * (0x1.1111111111111p-7
			+ x * (0x1.6c16c16c16c17p-10 + x * (0x1.a01a01a01a01ap-13 + x * (0x1.a01a01a01a01ap-16
			+ x * (0x1.71de3a556c734p-19 + x * (0x1.27e4fb7789f5cp-22 + x * 0x1.ae64567f544e4p-26))))))));
		return x + x * x * p;
	}
	if (x != x)
		return x + x;
	if (x > 700.0)
		return __exp_dd(x, 0.0, 0);
	if (x < -40.0)          /* -1 + e^x rounds to -1, inexact */
		return x == -INFINITY ? -1.0 : -1.0 + 0x1p-60;
	kd = x * INV_LN2_N + SHIFT;
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
	a = __two_sum(s * __exp_tab[j].hi, -1.0, &ae);
	return a + (ae + s * (__exp_tab[j].lo + __exp_tab[j].hi * p));
}
