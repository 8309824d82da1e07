#include "libm.h"
#include "x86_cpu.h"

/* The portable version, for a CPU without SSE4.1. */
#define rintf __rintf_base
#include "../rintf.c"
#undef rintf

/* SSE4.1's roundss, the current mode, inexact raised: the same results and flags. */
static float rintf_sse41(float x)
{
	float y;

	__asm__("roundss $4, %1, %0" : "=x"(y) : "x"(x));
	return y;
}

X86_IFUNC(float, rintf, (float x), X86_SSE41, rintf_sse41, __rintf_base);
