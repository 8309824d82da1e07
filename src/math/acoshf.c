#include <math.h>
#include "mathfn.h"

/* In double, rounded once. */
float acoshf(float x)
{
	return (float)acosh(x);
}
