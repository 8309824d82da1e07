#include "libm.h"
#include "x86_cpu.h"

/* The portable version, for a CPU without SSE4.1. */
#define rint __rint_base
#include "../rint.c"
#undef rint

/* SSE4.1's roundsd, the current mode, inexact raised: the same results and flags. */
static double rint_sse41(double x)
{
	double y;

	__asm__("roundsd $4, %1, %0" : "=x"(y) : "x"(x));
	return y;
}

X86_IFUNC(double, rint, (double x), X86_SSE41, rint_sse41, __rint_base);
