#include "libm.h"

/* As scalbn, for long double's exponent range and precision. */
long double scalbnl(long double x, int n)
{
#if LDBL_MANT_DIG == DBL_MANT_DIG
	return scalbn(x, n);
#else
	enum { EMAX = LDBL_MAX_EXP - 1, EMIN = LDBL_MIN_EXP - 1 };
	long double y = x;

	if (n > EMAX) {
		y *= __ld_pow2(EMAX);
		n -= EMAX;
		if (n > EMAX) {
			y *= __ld_pow2(EMAX);
			n = n - EMAX > EMAX ? EMAX : n - EMAX;
		}
	} else if (n < EMIN) {
		y *= __ld_pow2(EMIN + LDBL_MANT_DIG);
		n -= EMIN + LDBL_MANT_DIG;
		if (n < EMIN) {
			y *= __ld_pow2(EMIN + LDBL_MANT_DIG);
			n = n - (EMIN + LDBL_MANT_DIG) < EMIN ? EMIN : n - (EMIN + LDBL_MANT_DIG);
		}
	}
	y *= __ld_pow2(n);
	if ((y == 0 || isinf(y)) && x != 0 && isfinite(x))
		errno = ERANGE;
	return y;
#endif
}
