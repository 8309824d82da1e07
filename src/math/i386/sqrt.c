#include "libm.h"

/*
 * fsqrt with the x87 precision control at 53 bits: one rounding, to
 * double's precision (sqrt never has a subnormal result, so the x87's wider
 * exponent changes nothing).  At 64 bits, a second rounding on the way to
 * double could be off by one.
 */
double sqrt(double x)
{
	unsigned short cw, cw53;
	double r;

	if (isless(x, 0))
		errno = EDOM;
	__asm__ __volatile__("fnstcw %0" : "=m"(cw));
	cw53 = (unsigned short)((cw & ~0x300) | 0x200);
	__asm__ __volatile__("fldcw %2\n\tfsqrt\n\tfldcw %3" : "=t"(r) : "0"(x), "m"(cw53), "m"(cw));
	return r;
}
