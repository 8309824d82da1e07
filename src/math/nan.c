#include <stdlib.h>
#include "libm.h"

/*
 * The default quiet nan, or one whose payload is the number tagp spells, as strtod reads
 * "NAN(tagp)" (the quiet bit is left as the default nan has it: mips
 * without nan2008 marks a quiet nan by a clear bit).
 */
double nan(const char *tagp)
{
	char *end;
	unsigned long long p = strtoull(tagp, &end, 0);
	uint64_t quiet = (uint64_t)1 << 51;

	if (*end || end == tagp)
		p = 0;
	p &= quiet - 1;
	if (!p)
		return __builtin_nan("");
	return __u2d((__d2u(__builtin_nan("")) & ~(uint64_t)(quiet - 1)) | (uint64_t)p);
}
