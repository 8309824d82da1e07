#include "libm.h"
#include "x86_cpu.h"

/* The portable version, for a CPU without SSE4.1. */
#define truncf __truncf_base
#include "../truncf.c"
#undef truncf

/* SSE4.1's roundss, toward zero, inexact suppressed: the same results and flags. */
static float truncf_sse41(float x)
{
	float y;

	__asm__("roundss $11, %1, %0" : "=x"(y) : "x"(x));
	return y;
}

X86_IFUNC(float, truncf, (float x), X86_SSE41, truncf_sse41, __truncf_base);
