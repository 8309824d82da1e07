#include <fenv.h>
#include "libm.h"

/* rintl, with the inexact flag as it was. */
long double nearbyintl(long double x)
{
#ifdef FE_INEXACT
	int inexact = fetestexcept(FE_INEXACT);

	x = rintl(x);
	if (!inexact)
		feclearexcept(FE_INEXACT);
	return x;
#else
	return rintl(x);
#endif
}
