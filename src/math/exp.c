#include <math.h>
#include "mathfn.h"

double exp(double x)
{
	return __exp_core(x, 0.0, 0);
}
