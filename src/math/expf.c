#include <math.h>
#include "mathfn.h"

/* In double, rounded once: exp's error (0.51 ulp of a double) is far below a float's half ulp. */
float expf(float x)
{
	if (x != x)
		return x + x;
	if (x > 0x1.62e42ep6f)
		return x == INFINITY ? x : __m_oflowf(0);
	if (x < -0x1.9fe368p6f)
		return x == -INFINITY ? 0.0f : __m_uflowf(0);
	if (x < -0x1.9d1d9ep6f)        /* below 2^-149: may round to 0, ERANGE as glibc */
		errno = ERANGE;
	return (float)__exp_dd(x, 0.0, 0);
}
