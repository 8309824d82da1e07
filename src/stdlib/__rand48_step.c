#include "rand48.h"

#define A_STANDARD 0x5deece66dull
#define C_STANDARD 0xb

unsigned short __rand48_x[3];
static uint64_t a = A_STANDARD;
static unsigned short c = C_STANDARD;

uint64_t __rand48_step(unsigned short xsubi[3])
{
	uint64_t x = xsubi[0] | (uint64_t)xsubi[1] << 16 | (uint64_t)xsubi[2] << 32;

	x = (a * x + c) & 0xffffffffffffull;
	xsubi[0] = x;
	xsubi[1] = x >> 16;
	xsubi[2] = x >> 32;
	return x;
}

void __rand48_reset(void)
{
	a = A_STANDARD;
	c = C_STANDARD;
}

void __rand48_set(const unsigned short na[3], unsigned short nc)
{
	a = na[0] | (uint64_t)na[1] << 16 | (uint64_t)na[2] << 32;
	c = nc;
}
