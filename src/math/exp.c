#include <math.h>
#include "mathfn.h"

/* 128/ln2, and ln2/128 as hi + lo: hi has 35 bits, so k*hi is exact for |k| < 2^18. */
#define INV_LN2_N 0x1.71547652b82fep+7
#define LN2_N_HI 0x1.62e42fefcp-8
#define LN2_N_LO -0x1.c610ca86c3899p-44
/* Adding 1.5*2^52 rounds a double of magnitude below 2^51 to an integer. */
#define SHIFT 0x1.8p52

static inline __attribute__((always_inline)) double exp_core(double x, double xl, int neg)
{
	uint32_t top = __dbits(x) >> 52 & 0x7ff;
	double kd, r;

	if (top - 0x3c9 >= 0x408 - 0x3c9) {
		if (top < 0x3c9)        /* |x| < 2^-54: 1 + x rounds right and raises inexact */
			return neg ? -(1.0 + x) : 1.0 + x;
		/* |x| >= 512, inf or nan */
		if (x != x)
			return x + x;
		if (x == -INFINITY)
			return neg ? -0.0 : 0.0;
		if (x == INFINITY)
			return neg ? -x : x;
		if (x > 710.0)
			return __m_oflow(neg);
		if (x < -746.0)
			return __m_uflow(neg);
	}
	kd = x * INV_LN2_N + SHIFT;
	kd -= SHIFT;
	r = x - kd * LN2_N_HI;
	r += xl - kd * LN2_N_LO;
	return __exp_eval((int)kd, r, neg);
}

hidden double __exp_dd(double x, double xl, int neg)
{
	return exp_core(x, xl, neg);
}

double exp(double x)
{
	return exp_core(x, 0.0, 0);
}
