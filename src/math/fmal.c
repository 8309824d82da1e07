#include <fenv.h>
#include "libm.h"

#if LDBL_MANT_DIG == DBL_MANT_DIG
__LD_AS_D3(fma)
#else
/*
 * x*y + z exactly, then one rounding in the current mode, with its flags:
 * x87 and binary128 alike, in 64-bit words (no 128-bit integer type).  The
 * significands are integers of up to 113 bits (two words), their product
 * of up to 226 bits; both addends are set in a 512-bit accumulator with the
 * larger one's top bit at 510.  Bits of the smaller one pushed below bit 1
 * are kept as bit 0 set (sticky): by then the other is over 2^280 times
 * larger, and the odd last bit puts the sum strictly between the same two
 * neighbours as the exact one, never on a false tie.
 */
#define W 8
#define P LDBL_MANT_DIG
#define EMIN (LDBL_MIN_EXP - 1)
#define EMAX (LDBL_MAX_EXP - 1)

struct acc {
	uint64_t w[W];
	int e;  /* the value is w * 2^e */
};

static int top(const struct acc *a)
{
	int i;

	for (i = W - 1; i >= 0; i--)
		if (a->w[i])
			return 64 * i + 63 - __builtin_clzll(a->w[i]);
	return -1;
}

/* The bits n.. n+63 of a (zero beyond either end). */
static uint64_t bits_at(const struct acc *a, int n)
{
	int q = n >> 6, r = n & 63;
	uint64_t v = q >= 0 && q < W ? a->w[q] >> r : 0;

	if (r && q + 1 >= 0 && q + 1 < W)
		v |= a->w[q + 1] << (64 - r);
	return v;
}

static int any_below(const struct acc *a, int n)
{
	int i;

	for (i = 0; i < W && 64 * i < n; i++)
		if (n - 64 * i >= 64 ? a->w[i] : a->w[i] << (64 - (n - 64 * i)))
			return 1;
	return 0;
}

/* a shifted by n bits (left if n > 0), e kept; right shifts jam into bit 0. */
static void shift(struct acc *a, int n)
{
	struct acc t = *a;
	int i, lost = n < 0 && any_below(&t, -n);

	for (i = 0; i < W; i++)
		a->w[i] = bits_at(&t, 64 * i - n);
	a->w[0] |= (uint64_t)lost;
	a->e -= n;
}

static void unpack(long double x, uint64_t *m, int *e)
{
	unsigned be = __ld_se(x) & 0x7fff;
#if P == 64
	__builtin_memcpy(&m[0], &x, sizeof m[0]);
	m[1] = 0;
	*e = (be ? (int)be : 1) - __LD_BIAS - 63;
#else
	int lo = __BYTE_ORDER__ != __ORDER_BIG_ENDIAN__ ? 0 : 1;
	uint64_t u[2];

	__builtin_memcpy(u, &x, sizeof u);
	m[0] = u[lo];
	m[1] = (u[!lo] & 0xffffffffffff) | (uint64_t)(be != 0) << 48;
	*e = (be ? (int)be : 1) - __LD_BIAS - 112;
#endif
}

/* q * 2^l, q below 2^P, and below 2^(P-1) only for l = EMIN - P + 1. */
static long double pack(const uint64_t *q, int l, int sign)
{
	unsigned be = q[(P - 1) / 64] >> (P - 1) % 64 & 1 ? (unsigned)(l + P - 1 + __LD_BIAS) : 0;
	long double r = 0;
#if P == 64
	__builtin_memcpy(&r, &q[0], sizeof q[0]);
#else
	int lo = __BYTE_ORDER__ != __ORDER_BIG_ENDIAN__ ? 0 : 1;
	uint64_t u[2];

	u[lo] = q[0];
	u[!lo] = q[1] & 0xffffffffffff;
	__builtin_memcpy(&r, u, sizeof u);
#endif
	return __ld_with_se(r, (unsigned)sign << 15 | be);
}

static void mul64(uint64_t a, uint64_t b, uint64_t *hi, uint64_t *lo)
{
	uint64_t a1 = a >> 32, a0 = a & 0xffffffff, b1 = b >> 32, b0 = b & 0xffffffff;
	uint64_t p00 = a0 * b0, p01 = a0 * b1, p10 = a1 * b0;
	uint64_t mid = (p00 >> 32) + (p01 & 0xffffffff) + (p10 & 0xffffffff);

	*lo = mid << 32 | (p00 & 0xffffffff);
	*hi = a1 * b1 + (p01 >> 32) + (p10 >> 32) + (mid >> 32);
}

/* a += b (sub: a -= b, a >= b), word by word with the carry. */
static void add(uint64_t *a, const uint64_t *b, int sub)
{
	uint64_t c = 0, t;
	int i;

	for (i = 0; i < W; i++) {
		if (sub) {
			t = a[i] - b[i] - c;
			c = a[i] < b[i] || (a[i] == b[i] && c);
		} else {
			t = a[i] + b[i] + c;
			c = t < a[i] || (t == a[i] && c);
		}
		a[i] = t;
	}
}

static void multiply(struct acc *p, long double x, long double y)
{
	uint64_t mx[2], my[2], t[W], hi, lo;
	int ex, ey, i, j;

	unpack(x, mx, &ex);
	unpack(y, my, &ey);
	__builtin_memset(p, 0, sizeof *p);
	for (i = 0; i < 2; i++)
		for (j = 0; j < 2; j++) {
			__builtin_memset(t, 0, sizeof t);
			mul64(mx[i], my[j], &hi, &lo);
			t[i + j] = lo;
			t[i + j + 1] = hi;
			add(p->w, t, 0);
		}
	p->e = ex + ey;
}

static int less(const struct acc *a, const struct acc *b)
{
	int i;

	for (i = W - 1; i >= 0; i--)
		if (a->w[i] != b->w[i])
			return a->w[i] < b->w[i];
	return 0;
}

static int round_up(int mode, int sign, uint64_t keep, int half, int rest)
{
	switch (mode) {
	case FE_UPWARD:
		return !sign && (half || rest);
	case FE_DOWNWARD:
		return sign && (half || rest);
	case FE_TOWARDZERO:
		return 0;
	default:
		return half && (rest || (keep & 1));
	}
}

/* q = a / 2^k rounded in mode; returns whether that was inexact. */
static int round_at(const struct acc *a, int k, int sign, int mode, uint64_t *q)
{
	int half = (int)(bits_at(a, k - 1) & 1), rest = any_below(a, k - 1);

	q[0] = bits_at(a, k);
	q[1] = bits_at(a, k + 64);
	if (round_up(mode, sign, q[0], half, rest) && !++q[0])
		q[1]++;
	return half || rest;
}

/*
 * Whether this arch's long double arithmetic detects tininess before
 * rounding, which IEEE 754 leaves to it: (1 + eps) times the largest
 * subnormal is LDBL_MIN (1 - eps^2), tiny only before rounding to nearest.
 */
static int tiny_before_rounding(void)
{
	volatile long double a = 1 + LDBL_EPSILON, b = LDBL_MIN - LDBL_TRUE_MIN;
	fenv_t env;
	int r;

	feholdexcept(&env);
	fesetround(FE_TONEAREST);
	a *= b;
	r = fetestexcept(FE_UNDERFLOW);
	fesetenv(&env);
	return r != 0;
}

static long double overflow(int sign)
{
	volatile long double m = sign ? -LDBL_MAX : LDBL_MAX;

	return m * 2;
}

static long double round_result(const struct acc *a, int sign)
{
	int mode = fegetround(), t = a->e + top(a), l = t - P + 1, k, inexact, uflow;
	uint64_t q[2], q1[2];

	if (l < EMIN - P + 1)
		l = EMIN - P + 1;
	k = l - a->e;
	inexact = round_at(a, k, sign, mode, q);
	if (q[P / 64] >> P % 64 & 1) {
		q[0] = q[0] >> 1 | q[1] << 63;
		q[1] >>= 1;
		l++;
	}
	if (l + P - 1 > EMAX)
		return overflow(sign);
	uflow = inexact && t < EMIN;
	if (uflow && (q[(P - 1) / 64] >> (P - 1) % 64 & 1) && !tiny_before_rounding()) {
		round_at(a, k - 1, sign, mode, q1);
		uflow = !(q1[P / 64] >> P % 64 & 1);
	}
	if (inexact)
		feraiseexcept(uflow ? FE_INEXACT | FE_UNDERFLOW : FE_INEXACT);
	return pack(q, l, sign);
}

long double fmal(long double x, long double y, long double z)
{
	struct acc p, s, *big, *small;
	uint64_t mz[2];
	int sx = signbit(x) != 0, sy = signbit(y) != 0, sz = signbit(z) != 0, sp = sx ^ sy;

	if (!isfinite(x) || !isfinite(y) || x == 0 || y == 0)
		return x * y + z;
	if (!isfinite(z))
		return z + x;
	if (z == 0)
		return x * y;
	multiply(&p, x, y);
	__builtin_memset(&s, 0, sizeof s);
	unpack(z, mz, &s.e);
	s.w[0] = mz[0];
	s.w[1] = mz[1];
	shift(&p, 510 - top(&p));
	shift(&s, 510 - top(&s));
	big = p.e >= s.e ? &p : &s;
	small = big == &p ? &s : &p;
	shift(small, small->e - big->e);
	if (sp == sz) {
		add(big->w, small->w, 0);
	} else {
		if (less(big, small)) {
			struct acc *t = big;
			big = small;
			small = t;
		}
		add(big->w, small->w, 1);
		if (top(big) < 0)
			return fegetround() == FE_DOWNWARD ? -0.0L : 0.0L;
	}
	return round_result(big, big == &p ? sp : sz);
}
#endif
