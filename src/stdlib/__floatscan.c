#include <errno.h>
#include <stdint.h>
#include <string.h>
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
 * Exact integer arithmetic for short inputs: d * 10^e10 with d < 10^19 and
 * |e10| <= 19 fits 128 bits, or for a negative e10 its quotient keeps 64
 * significant bits and the remainder is the sticky bit.  Returns 0 when the
 * input is outside that range.
 */
static int fast_path(const unsigned char *d, int nd, long e10, const struct __fp_fmt *fmt,
		     struct __fp_value *v)
{
	static const uint32_t pow10[] = { 1, 10, 100, 1000, 10000, 100000, 1000000,
					  10000000, 100000000, 1000000000 };
	uint32_t w[4];
	uint64_t n = 0;
	struct __u128 m;
	int i, sticky = 0, shift = 0, k;

	if (nd > 19 || e10 > 19 || e10 < -19 || (e10 < 0 && fmt->p > 62))
		return 0;
	for (i = 0; i < nd; i++)
		n = n * 10 + d[i];
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

/*
 * More than 19 digits: the value lies strictly between its first 19 digits
 * w and w + 1 (times a power of ten); when both of those round to the same
 * number, so does the value.  Returns 0 when they do not, or are out of the
 * fast path's range.
 */
static int cut_path(const unsigned char *d, long dp, const struct __fp_fmt *fmt,
		    struct __fp_value *v)
{
	unsigned char up[20];
	struct __fp_value hi;
	int i = 19;

	memcpy(up, d, 19);
	while (i > 0 && up[i - 1] == 9)
		up[--i] = 0;
	if (!i)
		return 0;
	up[i - 1]++;
	if (!fast_path(d, 19, dp - 19, fmt, v) || !fast_path(up, 19, dp - 19, fmt, &hi))
		return 0;
	return v->kind == hi.kind && v->exp == hi.exp && v->m.hi == hi.m.hi && v->m.lo == hi.m.lo;
}

/*
 * Decimal digits and exponent: significant digits (at most fmt->keep, the
 * rest only noted in trunc) into fmt->digits, value = 0.d1d2... * 10^dp.
 */
static const char *scan_decimal(const char *p, const struct __fp_fmt *fmt, struct __fp_value *v)
{
	unsigned char *d = fmt->digits;
	int nd = 0, any = 0, trunc = 0, keep = fmt->keep;
	long dp = 0, exp = 0;
	const char *start;
	unsigned c;

	for (; *p == '0'; p++)
		any = 1;
	for (start = p; (c = *p - '0') <= 9; p++)
		if (nd < keep)
			d[nd++] = c;
		else
			trunc |= c;
	dp = p - start < 1L << 28 ? p - start : 1L << 28;
	any |= p != start;
	if (*p == '.') {
		for (start = ++p; !nd && *p == '0'; p++)
			;
		if (!nd)
			dp = p - start < 1L << 28 ? -(p - start) : -(1L << 28);
		for (any |= p != start; (c = *p - '0') <= 9; p++, any = 1)
			if (nd < keep)
				d[nd++] = c;
			else
				trunc |= c;
	}
	if (!any)
		return 0;
	if (lower(*p) == 'e')
		p = scan_exp(p, &exp);
	while (nd && !d[nd - 1])
		nd--;
	if (!nd)
		v->kind = FS_ZERO;
	else if (nd > 19 ? !cut_path(d, dp + exp, fmt, v) : !fast_path(d, nd, dp + exp - nd, fmt, v))
		__decimal_to_bin(v, nd, dp + exp, trunc, fmt);
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
