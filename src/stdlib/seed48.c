#define _DEFAULT_SOURCE 1
#include <stdlib.h>
#include <string.h>
#include "rand48.h"

/* Returns the X it replaces, in a buffer the next call overwrites. */
unsigned short *seed48(unsigned short seed[3])
{
	static unsigned short old[3];

	memcpy(old, __rand48_x, sizeof old);
	memcpy(__rand48_x, seed, sizeof old);
	__rand48_reset();
	return old;
}
