#include "libm.h"
#include "x86_cpu.h"

/* The portable version, for a CPU without SSE4.1. */
#define ceil __ceil_base
#include "../ceil.c"
#undef ceil

/* SSE4.1's roundsd, toward +inf, inexact suppressed: the same results and flags. */
static double ceil_sse41(double x)
{
	double y;

	__asm__("roundsd $10, %1, %0" : "=x"(y) : "x"(x));
	return y;
}

X86_IFUNC(double, ceil, (double x), X86_SSE41, ceil_sse41, __ceil_base);
