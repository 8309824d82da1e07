#include "libm.h"
#include "x86_cpu.h"

/* The portable version, for a CPU without SSE4.1. */
#define ceilf __ceilf_base
#include "../ceilf.c"
#undef ceilf

/* SSE4.1's roundss, toward +inf, inexact suppressed: the same results and flags. */
static float ceilf_sse41(float x)
{
	float y;

	__asm__("roundss $10, %1, %0" : "=x"(y) : "x"(x));
	return y;
}

X86_IFUNC(float, ceilf, (float x), X86_SSE41, ceilf_sse41, __ceilf_base);
