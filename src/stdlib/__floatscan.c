#include <errno.h>
#include <stdint.h>
#include "floatscan.h"

static int lower(int c)
{
	return c >= 'A' && c <= 'Z' ? c + 32 : c;
}

/* Whether p starts with word (lower case), in any case. */
static int starts(const char *p, const char *word)
{
	while (*word && lower(*p) == *word)
		p++, word++;
	return !*word;
}

static int hexval(int c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	c = lower(c);
	return c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
}

/* An exponent's digits, saturated far beyond any format's range. */
static const char *scan_exp(const char *p, long *exp)
{
	const char *q = p + 1;
	int neg = 0;
	long e = 0;

	if (*q == '+' || *q == '-')
		neg = *q++ == '-';
	if ((unsigned)(*q - '0') > 9)
		return p;
	for (; (unsigned)(*q - '0') <= 9; q++)
		if (e < 1L << 28)
			e = e * 10 + (*q - '0');
	*exp = neg ? -e : e;
	return q;
}

/*
 * nan(n-char-sequence): the sequence read as strtoull reads it, as glibc
 * does, its ERANGE on overflow included.
 */
static const char *scan_nan(const char *p, struct __fp_value *v)
{
	const char *q = p + 4, *start = q;
	uint64_t x = 0;
	int base = 10, ok = 1, c;

	v->kind = FS_NAN;
	v->has_payload = 0;
	if (p[3] != '(')
		return p + 3;
	while ((unsigned)(lower(*q) - 'a') < 26 || (unsigned)(*q - '0') <= 9 || *q == '_')
		q++;
	if (*q != ')')
		return p + 3;
	if (*start == '0') {
		base = lower(start[1]) == 'x' && hexval(start[2]) >= 0 ? 16 : 8;
		start += base == 16 ? 2 : 0;
	}
	for (; start < q; start++) {
		c = hexval(*start);
		if (c < 0 || c >= base)
			ok = 0;
		else if (x > (UINT64_MAX - c) / base)
			x = UINT64_MAX, errno = ERANGE;
		else
			x = x * base + c;
	}
	v->has_payload = ok;
	v->m.hi = 0;
	v->m.lo = x;
	return q + 1;
}

/* Shifts a nonzero m left until its bit 127 is set, adding the count to *shift. */
static void normalize(struct __u128 *m, int *shift)
{
	int k;

	if (!m->hi) {
		m->hi = m->lo;
		m->lo = 0;
		*shift += 64;
	}
	k = __builtin_clzll(m->hi);
	if (k) {
		m->hi = m->hi << k | m->lo >> (64 - k);
		m->lo <<= k;
		*shift += k;
	}
}

/*
 * Hex digits: the first 32 significant ones into m from its top bit down,
 * the rest into a sticky bit; value = m * 2^(point + bits - 128) * 2^exp.
 */
static const char *scan_hex(const char *p, const struct __fp_fmt *fmt, struct __fp_value *v)
{
	struct __u128 m = { 0, 0 };
	long point = 0, exp = 0;
	int any = 0, dot = 0, sticky = 0, bits = 0, shift = 0, c;

	for (;; p++) {
		if (*p == '.' && !dot) {
			dot = 1;
			continue;
		}
		if ((c = hexval(*p)) < 0)
			break;
		any = 1;
		if (bits < 128 && (bits || c)) {
			if (bits < 64)
				m.hi |= (uint64_t)c << (60 - bits);
			else
				m.lo |= (uint64_t)c << (124 - bits);
			bits += 4;
			point -= dot ? 4 : 0;
		} else if (bits) {
			sticky |= c != 0;
			point += dot ? 0 : 4;
		} else {
			point -= dot ? 4 : 0;
		}
		if (point < -(1L << 28) || point > 1L << 28)
			point = point < 0 ? -(1L << 28) : 1L << 28;
	}
	if (!any)
		return 0;
	if (lower(*p) == 'p')
		p = scan_exp(p, &exp);
	if (!bits) {
		v->kind = FS_ZERO;
		return p;
	}
	normalize(&m, &shift);
	__fp_round(v, m, sticky, exp + point + bits - 128 - shift, fmt);
	return p;
}

/* w[0..3] (w[0] most significant) times f < 2^32. */
static void mul_small(uint32_t *w, uint32_t f)
{
	uint64_t carry = 0;
	int i;

	for (i = 3; i >= 0; i--) {
		carry += (uint64_t)w[i] * f;
		w[i] = carry;
		carry >>= 32;
	}
}

/* w[0..3] divided by f < 2^32; whether there was a remainder. */
static int div_small(uint32_t *w, uint32_t f)
{
	uint64_t rem = 0;
	int i;

	for (i = 0; i < 4; i++) {
		rem = rem << 32 | w[i];
		w[i] = rem / f;
		rem %= f;
	}
	return rem != 0;
}

/*
 * Exact integer arithmetic for short inputs: n * 10^e10 with |e10| <= 19
 * fits 128 bits, or for a negative e10 its quotient keeps 64 significant
 * bits and the remainder is the sticky bit.  Returns 0 when the input is
 * outside that range.
 */
static int fast_path(uint64_t n, long e10, const struct __fp_fmt *fmt, struct __fp_value *v)
{
	static const uint32_t pow10[] = { 1, 10, 100, 1000, 10000, 100000, 1000000,
					  10000000, 100000000, 1000000000 };
	uint32_t w[4];
	struct __u128 m;
	int sticky = 0, shift = 0, k;

	if (e10 > 19 || e10 < -19 || (e10 < 0 && fmt->p > 62))
		return 0;
	m.hi = e10 < 0 ? n : 0;
	m.lo = e10 < 0 ? 0 : n;
	if (e10 < 0)
		normalize(&m, &shift);
	w[0] = m.hi >> 32, w[1] = m.hi, w[2] = m.lo >> 32, w[3] = m.lo;
	for (k = e10 < 0 ? -e10 : e10; k > 0; k -= 9) {
		if (e10 < 0)
			sticky |= div_small(w, pow10[k > 9 ? 9 : k]);
		else
			mul_small(w, pow10[k > 9 ? 9 : k]);
	}
	m.hi = (uint64_t)w[0] << 32 | w[1];
	m.lo = (uint64_t)w[2] << 32 | w[3];
	normalize(&m, &shift);
	__fp_round(v, m, sticky, (e10 < 0 ? -64 : 0) - shift, fmt);
	return 1;
}

/* a * b, all 128 bits, from 32-bit halves (no __int128 on 32-bit targets). */
static struct __u128 mul64(uint64_t a, uint64_t b)
{
	uint64_t al = (uint32_t)a, ah = a >> 32, bl = (uint32_t)b, bh = b >> 32;
	uint64_t ll = al * bl, lh = al * bh, hl = ah * bl;
	uint64_t mid = (ll >> 32) + (uint32_t)lh + (uint32_t)hl;
	struct __u128 r;

	r.lo = mid << 32 | (uint32_t)ll;
	r.hi = ah * bh + (lh >> 32) + (hl >> 32) + (mid >> 32);
	return r;
}

/*
 * The Eisel-Lemire step (Lemire, "Number parsing at a gigabyte per second",
 * 2021), for formats of at most 53 bits: n * 10^q = n * 5^q * 2^q from the
 * top 128 bits z of n times the table's 5^q.  The exact product lies within
 * 4 units of z once z is shifted to put its top bit at 127 (the table is
 * within 1 unit of 5^q, and n's 64 bits add less than one more), so the
 * rounding is decided unless a point halfway between two neighbours of the
 * format lies within 4 units of z.  Returns 0 then, and when the result is
 * not a normal number (__decimal_to_bin decides those).
 */
static int eisel_lemire(uint64_t n, long q, const struct __fp_fmt *fmt, struct __fp_value *v)
{
	struct __u128 t, a, b, z;
	uint64_t half, low;
	int lz, top;
	long exp;

	if (q < POW5_MIN || q > POW5_MAX || fmt->p > 53)
		return 0;
	t = __pow5_table[q - POW5_MIN];
	lz = __builtin_clzll(n);
	n <<= lz;
	a = mul64(n, t.hi);
	b = mul64(n, t.lo);
	z.lo = a.lo + b.hi;
	z.hi = a.hi + (z.lo < a.lo);
	top = z.hi >> 63;
	if (!top) {
		z.hi = z.hi << 1 | z.lo >> 63;
		z.lo <<= 1;
	}
	/* Below the format's p bits: halfway is bit 63 - p of z.hi, z.lo zero. */
	half = (uint64_t)1 << (63 - fmt->p);
	low = z.hi & (2 * half - 1);
	if ((low == half && z.lo <= 4) || (low == half - 1 && z.lo >= (uint64_t)-4))
		return 0;
	exp = (q * 152170 >> 16) - 127 + q + 64 - lz - !top;
	if (exp + 127 < fmt->emin || exp + 127 > fmt->emax)
		return 0;
	__fp_round(v, z, 1, exp, fmt);
	return 1;
}

/* n * 10^e10 rounded, when a fast method decides it; else 0. */
static int short_path(uint64_t n, long e10, const struct __fp_fmt *fmt, struct __fp_value *v)
{
	return eisel_lemire(n, e10, fmt, v) || fast_path(n, e10, fmt, v);
}

/*
 * The value lies strictly between n and n + 1 times 10^q (digits were cut
 * after n's 19); when both of those round to the same number, so does the
 * value.  Returns 0 when they do not, or are out of the fast methods' range.
 */
static int cut_path(uint64_t n, long q, const struct __fp_fmt *fmt, struct __fp_value *v)
{
	struct __fp_value hi;
	int saved = errno;

	if (short_path(n, q, fmt, v) && short_path(n + 1, q, fmt, &hi) && v->kind == hi.kind &&
	    v->exp == hi.exp && v->m.hi == hi.m.hi && v->m.lo == hi.m.lo)
		return 1;
	/* n + 1 may have overflowed where the value does not. */
	errno = saved;
	return 0;
}

/*
 * Digits from p: the first up to 19 significant ones into *n (counted in
 * *nd), the rest only skipped, a nonzero one noted in *more.  Returns the
 * end of the digits.
 */
static const char *take_digits(const char *p, uint64_t *n, int *nd, int *more)
{
	unsigned c;

	for (; *nd < 19 && (c = (unsigned char)*p - '0') <= 9; p++, ++*nd)
		*n = *n * 10 + c;
	for (; (c = (unsigned char)*p - '0') <= 9; p++)
		*more |= c;
	return p;
}

/*
 * For __decimal_to_bin, when the fast methods cannot decide: the text's
 * significant digits again, at most fmt->keep of them into fmt->digits (the
 * rest only noted in *trunc), value = 0.d1d2... * 10^*dp.  Returns their count.
 */
static int store_digits(const char *p, const struct __fp_fmt *fmt, long *dp, int *trunc)
{
	unsigned char *d = fmt->digits;
	int nd = 0, keep = fmt->keep;
	const char *start;
	unsigned c;

	while (*p == '0')
		p++;
	for (start = p; (c = *p - '0') <= 9; p++)
		if (nd < keep)
			d[nd++] = c;
		else
			*trunc |= c;
	*dp = p - start < 1L << 28 ? p - start : 1L << 28;
	if (*p == '.') {
		for (start = ++p; !nd && *p == '0'; p++)
			;
		if (!nd)
			*dp = p - start < 1L << 28 ? -(p - start) : -(1L << 28);
		for (; (c = *p - '0') <= 9; p++)
			if (nd < keep)
				d[nd++] = c;
			else
				*trunc |= c;
	}
	while (nd && !d[nd - 1])
		nd--;
	return nd;
}

/*
 * Decimal digits and exponent.  The first 19 significant digits n decide
 * almost every input (value = n * 10^q, or between that and (n + 1) * 10^q);
 * the others only go to the exact arithmetic of __decimal_to_bin, read again
 * from the text.
 */
static const char *scan_decimal(const char *p, const struct __fp_fmt *fmt, struct __fp_value *v)
{
	const char *text = p, *start;
	uint64_t n = 0;
	int nd = 0, more = 0, any = 0, trunc = 0;
	long dp, exp = 0;

	for (; *p == '0'; p++)
		any = 1;
	start = p;
	p = take_digits(p, &n, &nd, &more);
	dp = p - start < 1L << 28 ? p - start : 1L << 28;
	any |= p != start;
	if (*p == '.') {
		for (start = ++p; !nd && *p == '0'; p++)
			;
		if (!nd)
			dp = p - start < 1L << 28 ? -(p - start) : -(1L << 28);
		any |= p != start;
		start = p;
		p = take_digits(p, &n, &nd, &more);
		any |= p != start;
	}
	if (!any)
		return 0;
	if (lower(*p) == 'e')
		p = scan_exp(p, &exp);
	if (!nd) {
		v->kind = FS_ZERO;
	} else if (more ? !cut_path(n, dp + exp - nd, fmt, v) : !short_path(n, dp + exp - nd, fmt, v)) {
		nd = store_digits(text, fmt, &dp, &trunc);
		__decimal_to_bin(v, nd, dp + exp, trunc, fmt);
	}
	return p;
}

void __floatscan(const char *s, char **end, const struct __fp_fmt *fmt, struct __fp_value *v)
{
	const char *p = s, *q;

	while (*p == ' ' || (unsigned)(*p - '\t') < 5)
		p++;
	v->sign = *p == '-';
	p += *p == '-' || *p == '+';
	if (starts(p, "inf")) {
		v->kind = FS_INF;
		q = p + (starts(p, "infinity") ? 8 : 3);
	} else if (starts(p, "nan")) {
		q = scan_nan(p, v);
	} else if (*p == '0' && lower(p[1]) == 'x') {
		q = scan_hex(p + 2, fmt, v);
		if (!q) {
			v->kind = FS_ZERO;
			q = p + 1;
		}
	} else {
		q = scan_decimal(p, fmt, v);
	}
	if (!q) {
		v->kind = FS_ZERO;
		v->sign = 0;
		q = s;
	}
	if (end)
		*end = (char *)q;
}
