#include <float.h>
#include <stdlib.h>
#include <string.h>
#include "floatscan.h"

#if LDBL_MANT_DIG == 53
long double strtold(const char *restrict s, char **restrict end)
{
	return strtod(s, end);
}
#else

#if LDBL_MANT_DIG == 106
/* IBM double-double: 106 bits over two doubles, the exponent range of double. */
#define LD_P 106
#define LD_EMIN (-969)
#define LD_EMAX 1023
#define LD_KEEP 800
#define LD_CAP (LD_KEEP + 1100 + 64)
#else
/*
 * x87 extended (64 bits) and binary128 (113): halfway points have at most
 * 11 564 significant digits; the arithmetic grows them by up to 16 384 + 64.
 */
#define LD_P LDBL_MANT_DIG
#define LD_EMIN (-16382)
#define LD_EMAX 16383
#define LD_KEEP 11600
#define LD_CAP (LD_KEEP + 16384 + 64 + 128)
#endif

#if LDBL_MANT_DIG == 64
/* x87 (little-endian x86 only): 64-bit significand with its leading bit, then sign and exponent. */
static long double pack(const struct __fp_value *v)
{
	uint64_t m = 0;
	uint16_t se = 0;
	unsigned char b[sizeof(long double)] = { 0 };
	long double x;

	if (v->kind == FS_FINITE) {
		m = v->m.lo;
		se = m >> 63 ? v->exp + 16383 + 63 : 0;
	} else if (v->kind == FS_INF) {
		m = (uint64_t)1 << 63;
		se = 0x7fff;
	} else if (v->kind == FS_NAN) {
		m = (uint64_t)3 << 62 | (v->has_payload ? v->m.lo & (((uint64_t)1 << 62) - 1) : 0);
		se = 0x7fff;
	}
	se |= v->sign << 15;
	memcpy(b, &m, 8);
	memcpy(b + 8, &se, 2);
	memcpy(&x, b, sizeof x);
	return x;
}
#elif LDBL_MANT_DIG == 113
/* binary128: sign, 15-bit exponent, 112 bits; the halves in the target's byte order. */
static long double pack(const struct __fp_value *v)
{
	uint64_t hi = 0, lo = 0, w[2];
	long double x;

	if (v->kind == FS_FINITE) {
		hi = v->m.hi + ((uint64_t)(v->exp + 16494) << 48);
		lo = v->m.lo;
	} else if (v->kind == FS_INF) {
		hi = (uint64_t)0x7fff << 48;
	} else if (v->kind == FS_NAN) {
		hi = (uint64_t)0xffff << 47;
		lo = v->has_payload ? v->m.lo : 0;
	}
	hi |= (uint64_t)v->sign << 63;
#if __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
	w[0] = hi, w[1] = lo;
#else
	w[0] = lo, w[1] = hi;
#endif
	memcpy(&x, w, sizeof x);
	return x;
}
#elif LDBL_MANT_DIG == 106
/* A double m * 2^e, m < 2^53, from its bits when normal, else by an exact scaling. */
static double make_double(uint64_t m, long e)
{
	uint64_t bits;
	double d, scale;

	for (; m && !(m >> 52); e--)
		m <<= 1;
	if (!m)
		return 0;
	if (e >= -1074 + 52) {
		bits = m + ((uint64_t)(e + 1074 - 52) << 52);
		memcpy(&d, &bits, sizeof d);
		return d;
	}
	bits = m + ((uint64_t)(e + 1074 - 52 + 512) << 52);
	memcpy(&d, &bits, sizeof d);
	bits = (uint64_t)(1023 - 512) << 52;
	memcpy(&scale, &bits, sizeof scale);
	return d * scale;
}

static long double pack(const struct __fp_value *v)
{
	uint64_t a = v->m.hi << 11 | v->m.lo >> 53, b = v->m.lo & (((uint64_t)1 << 53) - 1);
	long double x = 0;

	if (v->kind == FS_FINITE)
		x = (long double)make_double(a, v->exp + 53) + make_double(b, v->exp);
	else if (v->kind == FS_INF)
		x = __builtin_infl();
	else if (v->kind == FS_NAN)
		x = __builtin_nanl("");
	return v->sign ? -x : x;
}
#else
#error "strtold: unknown long double format"
#endif

long double strtold(const char *restrict s, char **restrict end)
{
	unsigned char digits[LD_CAP];
	const struct __fp_fmt fmt = { LD_P, LD_EMIN, LD_EMAX, LD_KEEP, digits, LD_CAP };
	struct __fp_value v;

	__floatscan(s, end, &fmt, &v);
	return pack(&v);
}
#endif
