#include <cpuid.h>
#include <stdlib.h>
#include "x86_cpu.h"

#define KNOWN 0x80000000u

static unsigned read_cpu(void)
{
	unsigned a, b, c, d, f = 0, xcr0, xcr0_hi;

	if (!__get_cpuid(1, &a, &b, &c, &d))
		return 0;
	if (c & bit_SSE4_1)
		f |= X86_SSE41;
	/* FMA's ymm and xmm state must be saved by the kernel (XCR0 bits 1 and 2) */
	if ((c & (bit_FMA | bit_AVX | bit_OSXSAVE)) == (bit_FMA | bit_AVX | bit_OSXSAVE)) {
		__asm__("xgetbv" : "=a"(xcr0), "=d"(xcr0_hi) : "c"(0));
		if ((xcr0 & 6) == 6 && __get_cpuid_count(7, 0, &a, &b, &c, &d) && (b & bit_AVX2))
			f |= X86_FMA;
	}
	return f;
}

unsigned __x86_cpu(void)
{
	static unsigned features;

	if (!features)
		features = KNOWN | (getenv("TRAPDOOR_CPU_BASELINE") ? 0 : read_cpu());
	return features & ~KNOWN;
}
