#define _DEFAULT_SOURCE 1
#include <stdlib.h>
#include "rand48.h"

double drand48(void)
{
	return (double)__rand48_step(__rand48_x) * 0x1p-48;
}
