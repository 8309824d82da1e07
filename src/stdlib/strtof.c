#include <stdlib.h>
#include <string.h>
#include "floatscan.h"

/* binary32: halfway points have at most 113 significant digits. */
#define F_KEEP 120
#define F_CAP (F_KEEP + 160 + 64)

float strtof(const char *restrict s, char **restrict end)
{
	unsigned char digits[F_CAP];
	const struct __fp_fmt fmt = { 24, -126, 127, F_KEEP, digits, F_CAP };
	struct __fp_value v;
	uint32_t bits = 0;
	float f;

	__floatscan(s, end, &fmt, &v);
	if (v.kind == FS_FINITE)
		bits = v.m.lo + ((uint32_t)(v.exp + 149) << 23);
	else if (v.kind == FS_INF)
		bits = (uint32_t)0xff << 23;
	else if (v.kind == FS_NAN)
		bits = (uint32_t)0x1ff << 22 | (v.has_payload ? v.m.lo & ((1u << 22) - 1) : 0);
	bits |= (uint32_t)v.sign << 31;
	memcpy(&f, &bits, sizeof f);
	return f;
}
