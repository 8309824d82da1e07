#include <fenv.h>
#include <limits.h>
#include "libm.h"

/* 0, nan and the infinities are domain errors (EDOM and invalid), as in glibc. */
int ilogbf(float x)
{
	uint32_t u = __f2u(x);
	int e = (int)(u >> 23 & 0xff), r;

	if (e == 0 || e == 0xff) {
		if (e == 0xff)
			r = u << 9 ? FP_ILOGBNAN : INT_MAX;
		else if (!(u << 1))
			r = FP_ILOGB0;
		else
			return -0x7f - __builtin_clz(u << 9);
		errno = EDOM;
		feraiseexcept(FE_INVALID);
		return r;
	}
	return e - 0x7f;
}
