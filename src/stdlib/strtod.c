#include <stdlib.h>
#include <string.h>
#include "floatscan.h"

/*
 * binary64: halfway points have at most 768 significant digits; the
 * arithmetic grows them by the input's binary exponent at most (1024 + 1074).
 */
#define D_KEEP 800
#define D_CAP (D_KEEP + 1100 + 64)

double strtod(const char *restrict s, char **restrict end)
{
	unsigned char digits[D_CAP];
	const struct __fp_fmt fmt = { 53, -1022, 1023, D_KEEP, digits, D_CAP };
	struct __fp_value v;
	uint64_t bits = 0;
	double d;

	__floatscan(s, end, &fmt, &v);
	if (v.kind == FS_FINITE)
		bits = v.m.lo + ((uint64_t)(v.exp + 1074) << 52);
	else if (v.kind == FS_INF)
		bits = (uint64_t)0x7ff << 52;
	else if (v.kind == FS_NAN)
		bits = (uint64_t)0xfff << 51 | (v.has_payload ? v.m.lo & (((uint64_t)1 << 51) - 1) : 0);
	bits |= (uint64_t)v.sign << 63;
	memcpy(&d, &bits, sizeof d);
	return d;
}
