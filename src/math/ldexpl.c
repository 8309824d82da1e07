#include "libm.h"

long double ldexpl(long double x, int exp)
{
	return scalbnl(x, exp);
}
