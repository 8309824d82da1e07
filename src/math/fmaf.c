#include <fenv.h>
#include "libm.h"

#ifdef __FP_FAST_FMAF
float fmaf(float x, float y, float z)
{
	return __builtin_fmaf(x, y, z);
}
#else
/*
 * x*y is exact in double.  Adding z toward zero, and making the sum odd when
 * that was inexact, leaves a double whose one rounding to float (in the
 * caller's mode) is that of the exact x*y + z: double has the 24 + 2 bits
 * this needs.  The flags of the addition are dropped; the conversion raises
 * the right ones.  (The volatile operands keep the addition between the
 * mode changes.)
 */
float fmaf(float x, float y, float z)
{
	double xy = (double)x * y, s;
	volatile double vxy = xy, sum;
	fenv_t env;
	int inexact;

	if (!isfinite(x) || !isfinite(y) || !isfinite(z) || x == 0 || y == 0 || z == 0)
		return (float)(xy + z);
	fegetenv(&env);
	feclearexcept(FE_ALL_EXCEPT);
#ifdef FE_TOWARDZERO
	fesetround(FE_TOWARDZERO);
#endif
	sum = vxy + z;
	inexact = fetestexcept(FE_INEXACT);
	fesetenv(&env);
	s = sum;
	if (s == 0)
		return (float)(xy + z);
	if (inexact && !(__d2u(s) & 1))
		s = __u2d(__d2u(s) + 1);
	return (float)s;
}
#endif
