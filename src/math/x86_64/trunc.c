#include "libm.h"
#include "x86_cpu.h"

/* The portable version, for a CPU without SSE4.1. */
#define trunc __trunc_base
#include "../trunc.c"
#undef trunc

/* SSE4.1's roundsd, toward zero, inexact suppressed: the same results and flags. */
static double trunc_sse41(double x)
{
	double y;

	__asm__("roundsd $11, %1, %0" : "=x"(y) : "x"(x));
	return y;
}

X86_IFUNC(double, trunc, (double x), X86_SSE41, trunc_sse41, __trunc_base);
