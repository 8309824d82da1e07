/*
 * Exact floating-point conversions (%a %e %f %g) for double and long double.
 *
 * A finite value is taken apart into an integer mantissa m and a binary
 * exponent e (value = m * 2^e) and converted with integer arithmetic only:
 * no floating-point operation, so long double costs no soft-float calls on
 * aarch64.  The integer part is a big binary number divided down by 10^9;
 * the fraction is a big binary fraction multiplied up by 10^9, nine digits at
 * a time.  What is left of the fraction after the last digit kept is known
 * exactly, so rounding is exact, ties going to even as glibc does in the
 * default rounding mode.
 */
#include <float.h>
#include <limits.h>
#include <stdint.h>
#include <string.h>
#include "format.h"

/*
 * A mantissa of up to 113 bits in two halves: 32-bit targets have no
 * __int128, so generic code uses none.
 */
typedef struct {
	uint64_t hi, lo;
} u128;

static u128 shr(u128 a, int s)
{
	if (s >= 128)
		return (u128){ 0, 0 };
	if (s >= 64)
		return (u128){ 0, a.hi >> (s - 64) };
	return s ? (u128){ a.hi >> s, a.lo >> s | a.hi << (64 - s) } : a;
}

static u128 shl(u128 a, int s)
{
	if (s >= 128)
		return (u128){ 0, 0 };
	if (s >= 64)
		return (u128){ a.lo << (s - 64), 0 };
	return s ? (u128){ a.hi << s | a.lo >> (64 - s), a.lo << s } : a;
}

static int is_zero(u128 a)
{
	return !(a.hi | a.lo);
}

/* 32-bit limbs enough for the integer part or the fraction of any long double. */
#define LIMBS ((LDBL_MANT_DIG - LDBL_MIN_EXP + 63) / 32)
#define BILLION 1000000000u

enum { FINITE, INF, NAN_ };

struct fpval {
	u128 m;
	int e;
	int fb;         /* fraction bits after the leading hex digit of %a */
	int neg;
	int kind;
};

/*
 * IEEE layouts from <float.h>: a biased exponent field of EXP_MASK's width
 * above the stored fraction bits; field 0 is zero or subnormal (exponent as
 * for field 1, no implicit bit), field EXP_MASK is infinity or NaN.
 */
#define DBL_FRAC (DBL_MANT_DIG - 1)
#define DBL_EXP_MASK (2 * DBL_MAX_EXP - 1)
#define LDBL_EXP_MASK (2 * LDBL_MAX_EXP - 1)
#define LDBL_BIAS (LDBL_MAX_EXP - 1)

static void decode_double(struct fpval *v, uint64_t bits)
{
	int be = bits >> DBL_FRAC & DBL_EXP_MASK;

	v->neg = bits >> 63;
	v->m = (u128){ 0, bits & ((1ull << DBL_FRAC) - 1) };
	v->fb = DBL_FRAC;
	v->kind = be == DBL_EXP_MASK ? (v->m.lo ? NAN_ : INF) : FINITE;
	if (be)
		v->m.lo |= 1ull << DBL_FRAC;
	v->e = (be ? be : 1) - (DBL_MAX_EXP - 1) - DBL_FRAC;
}

static void decode(struct fpval *v, const void *val, int is_long)
{
	uint64_t lo;

	memcpy(&lo, val, sizeof lo);
	if (!is_long || LDBL_MANT_DIG == DBL_MANT_DIG)
		return decode_double(v, lo);
#if LDBL_MANT_DIG == 64
	/*
	 * x86 extended: 64 mantissa bits with an explicit integer bit, then a
	 * 16-bit word of sign and exponent.  %a shows the top nibble before
	 * the point, as glibc does (0x8p-3 for 1.0), so 60 bits follow it.
	 */
	uint16_t se;
	int be;

	memcpy(&se, (const char *)val + sizeof lo, sizeof se);
	be = se & LDBL_EXP_MASK;
	v->neg = se >> 15;
	v->m = (u128){ 0, lo };
	v->fb = LDBL_MANT_DIG - 4;
	/*
	 * The integer bit must be set under a nonzero exponent: pseudo-NaNs,
	 * pseudo-infinities and unnormals are invalid operands since the 387,
	 * and glibc prints them as nan.
	 */
	if (be == LDBL_EXP_MASK)
		v->kind = lo == 1ull << 63 ? INF : NAN_;
	else
		v->kind = be && !(lo >> 63) ? NAN_ : FINITE;
	v->e = (be ? be : 1) - LDBL_BIAS - (LDBL_MANT_DIG - 1);
#elif LDBL_MANT_DIG == 113
	/* IEEE binary128, little-endian: 48 fraction bits under sign and exponent, 64 below. */
	uint64_t hi;
	int be;

	memcpy(&hi, (const char *)val + sizeof lo, sizeof hi);
#if __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
	{
		/* Big-endian (s390x): the half with sign and exponent is first. */
		uint64_t first = lo;
		lo = hi;
		hi = first;
	}
#endif
	be = hi >> 48 & LDBL_EXP_MASK;
	v->neg = hi >> 63;
	v->m = (u128){ hi & ((1ull << 48) - 1), lo };
	v->fb = LDBL_MANT_DIG - 1;
	v->kind = be == LDBL_EXP_MASK ? (is_zero(v->m) ? INF : NAN_) : FINITE;
	if (be)
		v->m.hi |= 1ull << 48;
	v->e = (be ? be : 1) - LDBL_BIAS - (LDBL_MANT_DIG - 1);
#endif
}

/* Bits [pos, pos + 32) of m; bits outside m are zero. */
static uint32_t bits32(u128 m, long pos)
{
	if (pos >= 128 || pos <= -32)
		return 0;
	return pos < 0 ? (uint32_t)shl(m, -pos).lo : (uint32_t)shr(m, pos).lo;
}

/* a[0..n) = m * 2^shift, truncated to n limbs. */
static void put_bits(uint32_t *a, long n, u128 m, long shift)
{
	for (long i = 0; i < n; i++)
		a[i] = bits32(m, 32 * i - shift);
}

/* The nine digits of x < 10^9, two at a time. */
static void put9(char *s, uint32_t x)
{
	s[0] = '0' + x / 100000000;
	x %= 100000000;
	for (int i = 7; i > 0; i -= 2, x /= 100) {
		s[i] = __fmt_digit_pairs[2 * (x % 100)];
		s[i + 1] = __fmt_digit_pairs[2 * (x % 100) + 1];
	}
}

/* The decimal digits of a value: value = 0.d[0..n) * 10^dp, d[0] != '0'. */
struct dec {
	char *d;
	long n, dp;
	int carry;      /* rounding up added a digit in front */
};

static int bitlen(u128 m)
{
	uint64_t hi = m.hi, lo = m.lo;

	return hi ? 128 - __builtin_clzll(hi) : lo ? 64 - __builtin_clzll(lo) : 0;
}

/* Room for the digits gen() may store for v rounded at precision p. */
static long dec_room(const struct fpval *v, long p)
{
	long ib = 48, fb = 0;

	if (v->e >= 0)
		ib = (bitlen(v->m) + (long)v->e) * 30103 / 100000 + 18;
	else
		fb = -(long)v->e < p + 2 ? -(long)v->e : p + 2;
	return ib + fb + 18;
}

/*
 * The digits of v rounded to p places after the point (fixed) or to p + 1
 * significant digits (!fixed), trailing zeros dropped.
 */
static void gen(struct dec *r, const struct fpval *v, int fixed, long p, long room)
{
	uint32_t big[LIMBS];
	uint64_t frac = 0;
	char *d = r->d;
	long nl = 0, n, need, lo = 0, len = 0, ib = room;
	int e = v->e, sticky;

	/* The integer part, nine digits at a time from the right end of d. */
	if (e >= 0)
		nl = (bitlen(v->m) + e + 31) / 32;
	else if (e > -128)
		nl = 4;
	if (nl && (e < 0 ? shr(v->m, -e).hi == 0 : nl <= 2)) {
		/* Fits a 64-bit word: no big-number division. */
		uint64_t x = e < 0 ? shr(v->m, -e).lo : shl(v->m, e).lo;

		for (; x; x /= BILLION) {
			ib -= 9;
			put9(d + ib, x % BILLION);
		}
		nl = 0;
	}
	put_bits(big, nl, v->m, e);
	while (nl && !big[nl - 1])
		nl--;
	while (nl) {
		uint64_t rem = 0;

		for (long i = nl - 1; i >= 0; i--) {
			uint64_t t = rem << 32 | big[i];

			big[i] = t / BILLION;
			rem = t % BILLION;
		}
		while (nl && !big[nl - 1])
			nl--;
		ib -= 9;
		put9(d + ib, rem);
	}
	while (ib < room && d[ib] == '0')
		ib++;
	n = room - ib;
	memmove(d, d + ib, n);
	r->dp = n;

	/*
	 * The fraction, scaled to fill len whole limbs; one 64-bit word when it
	 * fits (frac, a fixed-point number below one), which is the common case.
	 */
	if (e < 0 && e >= -64) {
		frac = shl(v->m, 64 + e).lo;
		len = 1;
		lo = !frac;
	} else if (e < 0) {
		len = (-(long)e + 31) / 32;
		put_bits(big, len, v->m, 32 * len + e);
		while (lo < len && !big[lo])
			lo++;
	}
	for (;;) {
		uint64_t carry = 0;

		if (n) {
			need = fixed ? r->dp + p : p + 1;
			if (n > need || lo == len)
				break;
		} else if (lo == len) {
			r->dp = 1;      /* zero */
			break;
		} else if (fixed && -r->dp > p) {
			break;          /* rounds to zero: dp stays below -p */
		}
		if (frac) {
			/* frac * 10^9 in two 32x32-bit products: carry the part above one. */
			uint64_t low = (frac & 0xffffffff) * BILLION;
			uint64_t mid = (frac >> 32) * BILLION + (low >> 32);

			frac = mid << 32 | (uint32_t)low;
			carry = mid >> 32;
			lo = !frac;
		} else {
			for (long i = lo; i < len; i++) {
				uint64_t t = (uint64_t)big[i] * BILLION + carry;

				big[i] = (uint32_t)t;
				carry = t >> 32;
			}
			while (lo < len && !big[lo])
				lo++;
		}
		if (!n) {
			/* Still in the leading zeros of a value below one. */
			if (!carry) {
				r->dp -= 9;
				continue;
			}
			put9(d, carry);
			for (ib = 0; d[ib] == '0'; ib++)
				r->dp--;
			n = 9 - ib;
			memmove(d, d + ib, n);
		} else {
			put9(d + n, carry);
			n += 9;
		}
	}

	r->carry = 0;
	need = fixed ? r->dp + p : p + 1;
	if (n > need) {
		int up;

		sticky = lo < len;
		if (need < 0) {
			n = 0;
		} else {
			for (long i = need + 1; i < n && !sticky; i++)
				sticky = d[i] != '0';
			up = d[need] > '5' || (d[need] == '5' &&
			     (sticky || (need > 0 && (d[need - 1] - '0') & 1)));
			n = need;
			if (up) {
				while (n > 0 && d[n - 1] == '9')
					n--;
				if (n) {
					d[n - 1]++;
				} else {
					d[0] = '1';
					n = 1;
					r->dp++;
					r->carry = 1;
				}
			}
		}
	}
	while (n > 0 && d[n - 1] == '0')
		n--;
	r->n = n;
}

/* Digit positions [from, to) of r, zeros outside the stored digits. */
static void put_digits(struct __fmt_sink *o, const struct dec *r, long from, long to)
{
	long a = from < 0 ? 0 : from, b = to < r->n ? to : r->n;

	if (from < 0)
		__fmt_pad(o, '0', (to < 0 ? to : 0) - from);
	if (a < b)
		__fmt_out(o, r->d + a, b - a);
	__fmt_pad(o, '0', to - (b > a ? b : a));
}

/* The padding and sign before a body of blen bytes, which the caller then writes. */
static void frame(struct __fmt_sink *o, const struct __fmt_spec *sp, const char *pre, long npre,
		  long blen)
{
	long pad = sp->width - npre - blen;

	if (!(sp->flags & (FMT_LEFT | FMT_ZERO)))
		__fmt_pad(o, ' ', pad);
	__fmt_out(o, pre, npre);
	if ((sp->flags & (FMT_LEFT | FMT_ZERO)) == FMT_ZERO)
		__fmt_pad(o, '0', pad);
}

static int put_exp(char *buf, long x, int min)
{
	char t[8];
	int n = 0, k = 0;

	buf[k++] = x < 0 ? '-' : '+';
	if (x < 0)
		x = -x;
	do
		t[n++] = '0' + x % 10;
	while (x /= 10);
	while (n < min)
		t[n++] = '0';
	while (n)
		buf[k++] = t[--n];
	return k;
}

static void fmt_hex(struct __fmt_sink *o, const struct __fmt_spec *sp, struct fpval *v,
		    char *pre, long npre)
{
	int nd = v->fb / 4, lower = sp->conv == 'a' ? 32 : 0, hexp = v->e + v->fb;
	long p = sp->prec, blen, k;
	u128 m = v->m;
	char xb[16];

	if (is_zero(m))
		hexp = 0;
	if (p >= 0 && p < nd) {
		/* Round to nearest, ties to even, at bit drop: half is bit drop - 1. */
		int drop = 4 * (nd - p);
		int half = shr(m, drop - 1).lo & 1, below = !is_zero(shl(m, 129 - drop));

		m = shr(m, drop);
		if (half && (below || (m.lo & 1)))
			m.hi += !++m.lo;
		m = shl(m, drop);
		if (shr(m, v->fb).lo >= 16) {
			m = shl((u128){ 0, 1 }, v->fb);
			hexp += 4;
		}
	} else if (p < 0) {
		for (p = nd; p > 0 && !(shr(m, 4 * (nd - p)).lo & 15); p--)
			;
	}
	pre[npre++] = '0';
	pre[npre++] = 'X' | lower;
	xb[0] = 'P' | lower;
	k = put_exp(xb + 1, hexp, 1) + 1;
	blen = 1 + (p || (sp->flags & FMT_ALT)) + p + k;
	frame(o, sp, pre, npre, blen);
	for (long i = 0; i <= p; i++) {
		char c = i > nd ? '0' :
			 "0123456789ABCDEF"[shr(m, 4 * (nd - i)).lo & 15] | lower;

		__fmt_out(o, &c, 1);
		if (!i && (p || (sp->flags & FMT_ALT)))
			__fmt_out(o, ".", 1);
	}
	__fmt_out(o, xb, k);
	if (sp->flags & FMT_LEFT)
		__fmt_pad(o, ' ', sp->width - npre - blen);
}

void __fmt_fp(struct __fmt_sink *o, const struct __fmt_spec *sp, const void *val, int is_long)
{
	struct fpval v;
	struct dec r;
	char pre[4], xb[8];
	long npre = 0, p = sp->prec, blen, k = 0;
	int conv = sp->conv | 32, lower = sp->conv & 32, fixed, alt = sp->flags & FMT_ALT;

	decode(&v, val, is_long);
	if (v.neg)
		pre[npre++] = '-';
	else if (sp->flags & FMT_PLUS)
		pre[npre++] = '+';
	else if (sp->flags & FMT_SPACE)
		pre[npre++] = ' ';
	if (v.kind != FINITE) {
		struct __fmt_spec s = *sp;

		s.flags &= ~FMT_ZERO;
		frame(o, &s, pre, npre, 3);
		for (k = 0; k < 3; k++) {
			char c = (v.kind == INF ? "INF" : "NAN")[k] | lower;

			__fmt_out(o, &c, 1);
		}
		if (sp->flags & FMT_LEFT)
			__fmt_pad(o, ' ', sp->width - npre - 3);
		return;
	}
	if (conv == 'a')
		return fmt_hex(o, sp, &v, pre, npre);

	if (p < 0)
		p = 6;
	if (conv == 'g' && p == 0)
		p = 1;
	fixed = conv == 'f';
	{
		long room = dec_room(&v, p);
		char d[room];

		r.d = d;
		gen(&r, &v, fixed, conv == 'g' ? p - 1 : p, room);
		if (conv == 'g') {
			long x = r.dp - 1;

			if (x < p && x >= -4) {
				fixed = 1;
				p = p - 1 - x;
			} else if (x == p && r.carry) {
				/*
				 * glibc chooses the style before rounding: 99.5 at
				 * %#.2g is fixed with no decimals, then its carry
				 * turns it into 1.e+02 with no decimals either.
				 */
				p = 0;
			} else {
				p = p - 1;
			}
			if (!alt) {
				long have = fixed ? r.n - r.dp : r.n - 1;

				if (p > have)
					p = have < 0 ? 0 : have;
			}
		}
		if (fixed) {
			blen = (r.dp > 0 ? r.dp : 1) + (p || alt) + p;
		} else {
			xb[0] = 'E' | lower;
			k = put_exp(xb + 1, r.n ? r.dp - 1 : 0, 2) + 1;
			blen = 1 + (p || alt) + p + k;
		}
		frame(o, sp, pre, npre, blen);
		if (fixed) {
			if (r.dp > 0)
				put_digits(o, &r, 0, r.dp);
			else
				__fmt_out(o, "0", 1);
			if (p || alt)
				__fmt_out(o, ".", 1);
			put_digits(o, &r, r.dp, r.dp + p);
		} else {
			put_digits(o, &r, 0, 1);
			if (p || alt)
				__fmt_out(o, ".", 1);
			put_digits(o, &r, 1, p + 1);
			__fmt_out(o, xb, k);
		}
		if (sp->flags & FMT_LEFT)
			__fmt_pad(o, ' ', sp->width - npre - blen);
	}
}
