#include <math.h>
#include "mathfn.h"

/* 1/ln10 as hi + lo. */
#define INV_LN10_HI 0x1.bcb7b1526e50ep-2
#define INV_LN10_LO 0x1.95355baaafad3p-57

/* log(x)/ln10, the product taken exactly on log's hi + lo. */
double log10(double x)
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
	p = __two_prod(hi, INV_LN10_HI, &e);
	e += hi * INV_LN10_LO + lo * INV_LN10_HI;
	return p + e;
}
