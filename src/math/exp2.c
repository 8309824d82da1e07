#include <math.h>
#include "mathfn.h"

#define LN2 0x1.62e42fefa39efp-1
#define SHIFT 0x1.8p52

/* 2^x = 2^(k/128) exp(r ln2), r = x - k/128 exact. */
double exp2(double x)
{
	uint32_t top = __dbits(x) >> 52 & 0x7ff;
	double kd, r;

	if (top - 0x3c9 >= 0x409 - 0x3c9) {
		if (top < 0x3c9)
			return 1.0 + x;
		if (x != x)
			return x + x;
		if (x == -INFINITY)
			return 0.0;
		if (x == INFINITY)
			return x;
		if (x >= 1024.0)
			return __m_oflow(0);
		if (x <= -1075.0)
			return __m_uflow(0);
	}
	kd = x * 128.0 + SHIFT;
	kd -= SHIFT;
	r = (x - kd * 0x1p-7) * LN2;
	return __exp_eval((int)kd, r, 0);
}
