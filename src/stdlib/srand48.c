#define _DEFAULT_SOURCE 1
#include <stdlib.h>
#include "rand48.h"

/* X = the seed's low 32 bits above the fixed 0x330e. */
void srand48(long seed)
{
	__rand48_x[0] = 0x330e;
	__rand48_x[1] = seed;
	__rand48_x[2] = (unsigned long)seed >> 16;
	__rand48_reset();
}
