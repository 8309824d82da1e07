#include "libm.h"
#include "x86_cpu.h"

/* The portable version, for a CPU without SSE4.1. */
#define nearbyint __nearbyint_base
#include "../nearbyint.c"
#undef nearbyint

/* SSE4.1's roundsd, the current mode, inexact suppressed: the same results and flags. */
static double nearbyint_sse41(double x)
{
	double y;

	__asm__("roundsd $12, %1, %0" : "=x"(y) : "x"(x));
	return y;
}

X86_IFUNC(double, nearbyint, (double x), X86_SSE41, nearbyint_sse41, __nearbyint_base);
