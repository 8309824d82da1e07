#include <fenv.h>
#include "libm.h"

#if LDBL_MANT_DIG == DBL_MANT_DIG
long double sqrtl(long double x)
{
	return sqrt(x);
}
#elif LDBL_MANT_DIG == 64 || defined(__s390x__)
/* The instruction: x87's fsqrt, s390x's sqxbr. */
long double sqrtl(long double x)
{
	if (isless(x, 0))
		errno = EDOM;
	return __builtin_sqrtl(x);
}
#else
/*
 * binary128 without the instruction: the significand M (113 bits, 114 when
 * the exponent is made even) times 4^58 has a 115-bit integer square root,
 * found two radicand bits a step; that root and whether anything remained
 * give the one rounding, in the current mode.
 */
struct u128 {
	uint64_t hi, lo;
};

static int bit(const struct u128 *m, int i)
{
	if (i < 0)
		return 0;
	return (int)((i >= 64 ? m->hi >> (i - 64) : m->lo >> i) & 1);
}

static void shl(struct u128 *a, int n, unsigned low)
{
	a->hi = a->hi << n | a->lo >> (64 - n);
	a->lo = a->lo << n | low;
}

static int ge(const struct u128 *a, const struct u128 *b)
{
	return a->hi > b->hi || (a->hi == b->hi && a->lo >= b->lo);
}

static void isqrt(const struct u128 *m, struct u128 *root, int *rest)
{
	struct u128 rem = { 0, 0 }, trial;
	int i, n;

	*root = rem;
	for (i = 0; i < 115; i++) {
		n = 229 - 2 * i - 116;
		shl(&rem, 2, (unsigned)(bit(m, n) << 1 | bit(m, n - 1)));
		trial = *root;
		shl(&trial, 2, 1);
		shl(root, 1, 0);
		if (ge(&rem, &trial)) {
			rem.hi -= trial.hi + (rem.lo < trial.lo);
			rem.lo -= trial.lo;
			root->lo |= 1;
		}
	}
	*rest = rem.hi || rem.lo;
}

static int round_up(uint64_t keep, int half, int rest)
{
	switch (fegetround()) {
	case FE_UPWARD:
		return half || rest;
	case FE_DOWNWARD:
	case FE_TOWARDZERO:
		return 0;
	default:
		return half && (rest || (keep & 1));
	}
}

long double sqrtl(long double x)
{
	int lo = __BYTE_ORDER__ != __ORDER_BIG_ENDIAN__ ? 0 : 1, s, scale = 0, rest, half;
	uint64_t w[2];
	struct u128 m, r;

	if (isnan(x) || x == 0 || (isinf(x) && x > 0))
		return x + x;
	if (x < 0) {
		errno = EDOM;
		return (x - x) / (x - x);
	}
	if (x < LDBL_MIN) {
		x *= 0x1p120L;
		scale = -60;
	}
	__builtin_memcpy(w, &x, sizeof w);
	s = (int)(w[!lo] >> 48) - __LD_BIAS - 112;
	m.hi = (w[!lo] & 0xffffffffffff) | (uint64_t)1 << 48;
	m.lo = w[lo];
	if (s & 1) {
		shl(&m, 1, 0);
		s--;
	}
	isqrt(&m, &r, &rest);
	half = (int)(r.lo >> 1 & 1);
	rest |= (int)(r.lo & 1);
	r.lo = r.lo >> 2 | r.hi << 62;
	r.hi >>= 2;
	if (round_up(r.lo, half, rest) && !++r.lo)
		r.hi++;
	s = s / 2 - 58 + 2 + 112 + scale;
	if (r.hi >> 49) {
		r.lo = r.lo >> 1 | r.hi << 63;
		r.hi >>= 1;
		s++;
	}
	w[!lo] = (uint64_t)(s + __LD_BIAS) << 48 | (r.hi & 0xffffffffffff);
	w[lo] = r.lo;
	if (half || rest)
		feraiseexcept(FE_INEXACT);
	__builtin_memcpy(&x, w, sizeof w);
	return x;
}
#endif
