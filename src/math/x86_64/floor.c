#include "libm.h"
#include "x86_cpu.h"

/* The portable version, for a CPU without SSE4.1. */
#define floor __floor_base
#include "../floor.c"
#undef floor

/* SSE4.1's roundsd, toward -inf, inexact suppressed: the same results and flags. */
static double floor_sse41(double x)
{
	double y;

	__asm__("roundsd $9, %1, %0" : "=x"(y) : "x"(x));
	return y;
}

X86_IFUNC(double, floor, (double x), X86_SSE41, floor_sse41, __floor_base);
