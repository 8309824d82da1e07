#include <math.h>
#include "mathfn.h"

/* In double, rounded once. */
float acosf(float x)
{
	return (float)acos(x);
}
