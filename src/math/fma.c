#include <fenv.h>
#include "libm.h"

#ifdef __FP_FAST_FMA
/* The instruction (src/math is built with -fno-math-errno). */
double fma(double x, double y, double z)
{
	return __builtin_fma(x, y, z);
}
#else
/*
 * Without the instruction: x*y + z exactly, as a 128-bit integer times a
 * power of two (bits shifted out of the smaller addend are kept as a sticky
 * bit: by then the sum has over 100 significant bits), then rounded once in
 * the current rounding mode, with the flags raised for it.
 */
struct num {
	uint64_t hi, lo;
	int e, sign, sticky;
};

#define TOP 125

static int top_bit(const struct num *a)
{
	return a->hi ? 127 - __builtin_clzll(a->hi) : a->lo ? 63 - __builtin_clzll(a->lo) : -1;
}

static void shift_left(struct num *a, int n)
{
	if (n <= 0)
		return;
	if (n >= 64) {
		a->hi = a->lo << (n - 64);
		a->lo = 0;
	} else {
		a->hi = a->hi << n | a->lo >> (64 - n);
		a->lo <<= n;
	}
	a->e -= n;
}

static void shift_right(struct num *a, int n)
{
	if (n >= 128) {
		a->sticky |= a->hi || a->lo;
		a->hi = a->lo = 0;
	} else if (n >= 64) {
		a->sticky |= a->lo || (n > 64 && a->hi << (128 - n));
		a->lo = n > 64 ? a->hi >> (n - 64) : a->hi;
		a->hi = 0;
	} else if (n > 0) {
		a->sticky |= (a->lo << (64 - n)) != 0;
		a->lo = a->lo >> n | a->hi << (64 - n);
		a->hi >>= n;
	}
	a->e += n;
}

/* The significand as an integer and the exponent of its last bit; top bit at TOP. */
static void unpack(struct num *a, double x)
{
	uint64_t u = __d2u(x);
	int be = (int)(u >> 52 & 0x7ff);

	a->sign = (int)(u >> 63);
	a->hi = 0;
	a->lo = (u & (((uint64_t)1 << 52) - 1)) | (be ? (uint64_t)1 << 52 : 0);
	a->e = (be ? be : 1) - 1075;
	a->sticky = 0;
	shift_left(a, TOP - top_bit(a));
}

static void multiply(struct num *p, double x, double y)
{
	struct num a, b;
	uint64_t a1, a0, b1, b0, p00, p01, p10, mid;

	unpack(&a, x);
	unpack(&b, y);
	shift_right(&a, TOP - 52);
	shift_right(&b, TOP - 52);
	a1 = a.lo >> 32, a0 = a.lo & 0xffffffff, b1 = b.lo >> 32, b0 = b.lo & 0xffffffff;
	p00 = a0 * b0, p01 = a0 * b1, p10 = a1 * b0;
	mid = (p00 >> 32) + (p01 & 0xffffffff) + (p10 & 0xffffffff);
	p->lo = mid << 32 | (p00 & 0xffffffff);
	p->hi = a1 * b1 + (p01 >> 32) + (p10 >> 32) + (mid >> 32);
	p->e = a.e + b.e;
	p->sign = a.sign ^ b.sign;
	p->sticky = 0;
	shift_left(p, TOP - top_bit(p));
}

static int less(const struct num *a, const struct num *b)
{
	return a->hi < b->hi || (a->hi == b->hi && a->lo < b->lo);
}

/* a += b, both with their top bit at TOP. */
static void add(struct num *a, struct num *b)
{
	struct num t;
	uint64_t borrow;

	if (a->e < b->e || (a->e == b->e && less(a, b))) {
		t = *a, *a = *b, *b = t;
	}
	shift_right(b, a->e - b->e);
	if (a->sign == b->sign) {
		a->lo += b->lo;
		a->hi += b->hi + (a->lo < b->lo);
	} else {
		borrow = a->lo < b->lo;
		a->lo -= b->lo;
		a->hi -= b->hi + borrow;
		if (b->sticky) {
			a->hi -= !a->lo;
			a->lo--;
		}
	}
	a->sticky = b->sticky;
}

static int round_up(int mode, int sign, uint64_t keep, int half, int rest)
{
	switch (mode) {
#ifdef FE_UPWARD
	case FE_UPWARD:
		return !sign && (half || rest);
#endif
#ifdef FE_DOWNWARD
	case FE_DOWNWARD:
		return sign && (half || rest);
#endif
#ifdef FE_TOWARDZERO
	case FE_TOWARDZERO:
		return 0;
#endif
	default:
		return half && (rest || (keep & 1));
	}
}

static double overflow(int mode, int sign)
{
	int to_max = 0;

#ifdef FE_TOWARDZERO
	to_max |= mode == FE_TOWARDZERO;
#endif
#ifdef FE_UPWARD
	to_max |= mode == FE_UPWARD && sign;
#endif
#ifdef FE_DOWNWARD
	to_max |= mode == FE_DOWNWARD && !sign;
#endif
	feraiseexcept(FE_OVERFLOW | FE_INEXACT);
	return __u2d((uint64_t)sign << 63 | (to_max ? __d2u(DBL_MAX) : __d2u(HUGE_VAL)));
}

static double round_result(struct num *a)
{
	int mode = fegetround(), t = top_bit(a), sub = t + a->e < -1022, g, half, rest;
	uint64_t keep, bits;

	g = sub ? -1074 - a->e : t - 52;
	if (g <= 0) {
		shift_left(a, -g);
		keep = a->lo, half = 0, rest = a->sticky;
	} else {
		struct num r = *a;

		shift_right(&r, g - 1);
		half = (int)(r.lo & 1);
		rest = r.sticky;
		keep = r.lo >> 1 | r.hi << 63;
	}
	keep += (uint64_t)round_up(mode, a->sign, keep, half, rest);
	/* A subnormal's encoding is its significand, rounding up to 2^52 included. */
	if (sub)
		bits = keep;
	else if (t + a->e + 1022 + (int)(keep >> 52) >= 2047)
		return overflow(mode, a->sign);
	else
		bits = ((uint64_t)(t + a->e + 1022) << 52) + keep;
	if (half || rest)
		feraiseexcept(keep >> 52 ? FE_INEXACT : FE_INEXACT | FE_UNDERFLOW);
	return __u2d(bits | (uint64_t)a->sign << 63);
}

double fma(double x, double y, double z)
{
	struct num p, q;

	if (!isfinite(x) || !isfinite(y) || x == 0 || y == 0)
		return x * y + z;
	if (!isfinite(z))
		return z + x;
	multiply(&p, x, y);
	if (z != 0) {
		unpack(&q, z);
		add(&p, &q);
		if (!p.hi && !p.lo && !p.sticky) {
#ifdef FE_DOWNWARD
			if (fegetround() == FE_DOWNWARD)
				return -0.0;
#endif
			return 0.0;
		}
		shift_left(&p, TOP - top_bit(&p));
	}
	return round_result(&p);
}
#endif
