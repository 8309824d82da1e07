#include "mathfn.h"

/* exp's core (mathfn.h) as a function, for the callers that need no speed. */
hidden double __exp_dd(double x, double xl, int neg)
{
	return __exp_core(x, xl, neg);
}
