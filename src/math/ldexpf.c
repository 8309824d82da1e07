#include "libm.h"

float ldexpf(float x, int exp)
{
	return scalbnf(x, exp);
}
