#define _DEFAULT_SOURCE 1
#include <stdlib.h>
#include "rand48.h"

/* 48 bits fit a double's mantissa: X / 2^48 is exact, in [0, 1). */
double erand48(unsigned short xsubi[3])
{
	return (double)__rand48_step(xsubi) * 0x1p-48;
}
