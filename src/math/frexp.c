#include "libm.h"

double frexp(double x, int *exp)
{
	uint64_t u = __d2u(x);
	int e = (int)(u >> 52 & 0x7ff);

	if (e == 0x7ff || !(u << 1)) {
		*exp = 0;
		return x + x;
	}
	if (!e) {
		x = frexp(x * 0x1p64, exp);
		*exp -= 64;
		return x;
	}
	*exp = e - 0x3fe;
	return __u2d((u & 0x800fffffffffffff) | (uint64_t)0x3fe << 52);
}
