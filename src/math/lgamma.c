#include <math.h>
#include "lgamma.h"

double lgamma(double x)
{
	return __lgamma_r(x, &__signgam);
}
