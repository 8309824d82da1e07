#include "libm.h"

/*
 * x - n*y for the integer n nearest x/y (the even one of two): fmod's
 * remainder r, less |y| when r is past half of it.  *quo gets n's sign and
 * its three low bits, as glibc's; an infinite x or a zero y gives a nan
 * and invalid, and, as in glibc, no errno (remainder sets EDOM).
 */
double remquo(double x, double y, int *quo)
{
	double r, ay = fabs(y);
	unsigned q;
	int past;

	*quo = 0;
	if (isnan(x) || isnan(y))
		return x + y;
	if (isinf(x) || y == 0)
		return (x * y) / (x * y);
	r = __fmod_q(x, y, &q);
	/* Halving a |y| this small could round; doubling r is exact. */
	if (ay < 2 * DBL_MIN)
		past = r + r > ay || (r + r == ay && q & 1);
	else
		past = r > ay / 2 || (r == ay / 2 && q & 1);
	if (past) {
		r -= ay;
		q++;
	}
	q &= 7;
	*quo = !signbit(x) != !signbit(y) ? -(int)q : (int)q;
	return signbit(x) ? -r : r;
}
