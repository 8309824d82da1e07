#include "libm.h"
#include "x86_cpu.h"

/* The portable version, for a CPU without SSE4.1. */
#define floorf __floorf_base
#include "../floorf.c"
#undef floorf

/* SSE4.1's roundss, toward -inf, inexact suppressed: the same results and flags. */
static float floorf_sse41(float x)
{
	float y;

	__asm__("roundss $9, %1, %0" : "=x"(y) : "x"(x));
	return y;
}

X86_IFUNC(float, floorf, (float x), X86_SSE41, floorf_sse41, __floorf_base);
