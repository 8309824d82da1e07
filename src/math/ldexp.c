#include "libm.h"

double ldexp(double x, int exp)
{
	return scalbn(x, exp);
}
