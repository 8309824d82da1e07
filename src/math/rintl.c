#include "libm.h"

/* As rint: adding and subtracting 2^(p-1) rounds in the current mode, once. */
long double rintl(long double x)
{
#if LDBL_MANT_DIG == DBL_MANT_DIG
	return rint(x);
#else
	static const long double toint = 1 / LDBL_EPSILON;
	int e = (int)(__ld_se(x) & 0x7fff) - __LD_BIAS;
	long double y;

	if (e >= LDBL_MANT_DIG - 1)
		return e == 0x4000 ? x + x : x;
	y = signbit(x) ? x - toint + toint : x + toint - toint;
	if (y == 0)
		return copysignl(0, x);
	return y;
#endif
}
