#define _DEFAULT_SOURCE 1
#include <stdint.h>
#include <stdlib.h>
#include "rand48.h"

/* The top 32 of the 48 bits, signed: -2^31 .. 2^31 - 1. */
long jrand48(unsigned short xsubi[3])
{
	return (int32_t)(uint32_t)(__rand48_step(xsubi) >> 16);
}
