#include "mathfn.h"

#define INV_PIO2 0x1.45f306dc9c883p-1
/* pi/2 in four parts: the first three of 33, 33 and 29 bits, so n*part is exact for n < 2^20. */
#define P1 0x1.921fb544p+0
#define P2 0x1.0b4611a6p-34
#define P3 0x1.3198a2ep-69
#define P4 0x1.b839a252049c1p-104
#define SHIFT 0x1.8p52

/*
 * Cody and Waite's reduction for |x| < 2^20: y = x - n pi/2 with the
 * products exact and the differences taken by TwoSum, so that hi + lo keeps
 * about 2^-125 absolute error even where the difference cancels (a double
 * below 2^20 is at least about 2^-55 from any multiple of pi/2).  Larger x
 * go to Payne and Hanek's reduction.
 */
hidden int __rem_pio2(double x, double *hi, double *lo)
{
	double fn, a, s1, e1, s2, e2, l;

	if ((__dbits(x) >> 52 & 0x7ff) >= 0x3ff + 20)
		return __rem_pio2_large(x, hi, lo);
	fn = x * INV_PIO2 + SHIFT;
	fn -= SHIFT;
	a = x - fn * P1;
	s1 = __two_sum(a, -(fn * P2), &e1);
	s2 = __two_sum(s1, -(fn * P3), &e2);
	l = (e1 + e2) - fn * P4;
	*hi = __fast_two_sum(s2, l, lo);
	return (int)fn & 3;
}
