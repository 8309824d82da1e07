#include <math.h>
#include "lgamma.h"

float lgammaf(float x)
{
	return __lgammaf_r(x, &__signgam);
}
