#include <fenv.h>
#include "libm.h"

/* rint, with the inexact flag as it was. */
double nearbyint(double x)
{
#ifdef FE_INEXACT
	int inexact = fetestexcept(FE_INEXACT);

	x = rint(x);
	if (!inexact)
		feclearexcept(FE_INEXACT);
	return x;
#else
	return rint(x);
#endif
}
