#include "libm.h"
#include "x86_cpu.h"

/* The portable version, for a CPU without SSE4.1. */
#define nearbyintf __nearbyintf_base
#include "../nearbyintf.c"
#undef nearbyintf

/* SSE4.1's roundss, the current mode, inexact suppressed: the same results and flags. */
static float nearbyintf_sse41(float x)
{
	float y;

	__asm__("roundss $12, %1, %0" : "=x"(y) : "x"(x));
	return y;
}

X86_IFUNC(float, nearbyintf, (float x), X86_SSE41, nearbyintf_sse41, __nearbyintf_base);
