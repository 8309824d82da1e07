#include <stdlib.h>
#include "libm.h"

/*
 * The default quiet nan, or one whose payload is the number tagp spells, as strtof reads
 * "NAN(tagp)" (the quiet bit is left as the default nan has it: mips
 * without nan2008 marks a quiet nan by a clear bit).
 */
float nanf(const char *tagp)
{
	char *end;
	unsigned long long p = strtoull(tagp, &end, 0);
	uint32_t quiet = (uint32_t)1 << 22;

	if (*end || end == tagp)
		p = 0;
	p &= quiet - 1;
	if (!p)
		return __builtin_nanf("");
	return __u2f((__f2u(__builtin_nanf("")) & ~(uint32_t)(quiet - 1)) | (uint32_t)p);
}
