#include <stdlib.h>
#include "libm.h"

/*
 * The default quiet nan, or one whose payload is the number tagp spells,
 * as strtod reads "NAN(tagp)": an n-char-sequence (letters, digits,
 * underscores; "-1" is none) that is wholly a number.  The quiet bit is
 * left as the default nan has it: mips without nan2008 marks a quiet nan by
 * a clear bit.
 */
double nan(const char *tagp)
{
	uint64_t quiet = (uint64_t)1 << 51;
	unsigned long long p;
	const char *c;
	char *end;

	for (c = tagp; *c; c++)
		if (!(*c == '_' || (*c >= '0' && *c <= '9') || ((*c | 32) >= 'a' && (*c | 32) <= 'z')))
			return __builtin_nan("");
	p = strtoull(tagp, &end, 0);
	if (*end || end == tagp)
		p = 0;
	p &= quiet - 1;
	if (!p)
		return __builtin_nan("");
	return __u2d((__d2u(__builtin_nan("")) & ~(quiet - 1)) | (uint64_t)p);
}
