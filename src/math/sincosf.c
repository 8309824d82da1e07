#include <math.h>
#include "mathfn.h"

/* In double, each rounded once. */
void sincosf(float x, float *s, float *c)
{
	double sd, cd;

	__m_tinyf(x);
	__sincos(x, &sd, &cd);
	*s = (float)sd;
	*c = (float)cd;
}
