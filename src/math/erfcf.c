#include <math.h>
#include "mathfn.h"

/* In double, rounded once; ERANGE where float's range ends (about 10.05), as glibc. */
float erfcf(float x)
{
	float r = (float)erfc(x);
	if (r == 0 && x < __builtin_inff())
		errno = ERANGE;
	return r;
}
