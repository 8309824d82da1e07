#include <stdlib.h>
#include "libm.h"

/*
 * The default quiet nan, or one whose payload is the number tagp spells,
 * as strtof reads "NAN(tagp)": an n-char-sequence (letters, digits,
 * underscores; "-1" is none) that is wholly a number.  The quiet bit is
 * left as the default nan has it: mips without nan2008 marks a quiet nan by
 * a clear bit.
 */
float nanf(const char *tagp)
{
	uint32_t quiet = (uint32_t)1 << 22;
	unsigned long long p;
	const char *c;
	char *end;

	for (c = tagp; *c; c++)
		if (!(*c == '_' || (*c >= '0' && *c <= '9') || ((*c | 32) >= 'a' && (*c | 32) <= 'z')))
			return __builtin_nanf("");
	p = strtoull(tagp, &end, 0);
	if (*end || end == tagp)
		p = 0;
	p &= quiet - 1;
	if (!p)
		return __builtin_nanf("");
	return __u2f((__f2u(__builtin_nanf("")) & ~(quiet - 1)) | (uint32_t)p);
}
