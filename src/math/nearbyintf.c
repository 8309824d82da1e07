#include <fenv.h>
#include "libm.h"

/* rintf, with the inexact flag as it was. */
float nearbyintf(float x)
{
#ifdef FE_INEXACT
	int inexact = fetestexcept(FE_INEXACT);

	x = rintf(x);
	if (!inexact)
		feclearexcept(FE_INEXACT);
	return x;
#else
	return rintf(x);
#endif
}
