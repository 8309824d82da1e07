#include <fenv.h>
#include <limits.h>
#include "libm.h"

/* 0, nan and the infinities are domain errors (EDOM and invalid), as in glibc. */

int ilogb(double x)
{
	uint64_t u = __d2u(x);
	int e = (int)(u >> 52 & 0x7ff), r;

	if (e == 0 || e == 0x7ff) {
		if (e == 0x7ff)
			r = u << 12 ? FP_ILOGBNAN : INT_MAX;
		else if (!(u << 1))
			r = FP_ILOGB0;
		else
			return -0x3ff - __builtin_clzll(u << 12);
		errno = EDOM;
		feraiseexcept(FE_INVALID);
		return r;
	}
	return e - 0x3ff;
}
