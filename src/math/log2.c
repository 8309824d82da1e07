#include <math.h>
#include "mathfn.h"

/* 1/ln2 as hi + lo. */
#define INV_LN2_HI 0x1.71547652b82fep+0
#define INV_LN2_LO 0x1.777d0ffda0d24p-56

/* log(x)/ln2, the product taken exactly on log's hi + lo. */
double log2(double x)
{
	uint64_t ix = __dbits(x);
	double hi, lo, p, e;

	if (ix - 0x0010000000000000 >= 0x7ff0000000000000 - 0x0010000000000000) {
		if (x != x)
			return x + x;
		if (x == 0)
			return __m_divzero(1);
		if (ix >> 63)
			return __m_invalid(x);
		if (x == INFINITY)
			return x;
	}
	hi = __log_dd(x, &lo);
	p = __two_prod(hi, INV_LN2_HI, &e);
	e += hi * INV_LN2_LO + lo * INV_LN2_HI;
	return p + e;
}
