#define _DEFAULT_SOURCE 1
#include <stdint.h>
#include <stdlib.h>
#include "rand48.h"

long mrand48(void)
{
	return (int32_t)(uint32_t)(__rand48_step(__rand48_x) >> 16);
}
