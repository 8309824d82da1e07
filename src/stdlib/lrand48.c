#define _DEFAULT_SOURCE 1
#include <stdlib.h>
#include "rand48.h"

long lrand48(void)
{
	return (long)(__rand48_step(__rand48_x) >> 17);
}
