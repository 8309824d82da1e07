#include "libm.h"

/* double's nan (and its payload) widened: long double's payload bits are double's, shifted. */
long double nanl(const char *tagp)
{
	return (long double)nan(tagp);
}
