/*
 * Decimal to binary by exact decimal arithmetic (the "simple decimal
 * conversion" of the published literature: Nigel Tao's description of it in
 * Wuffs, after Go's strconv): the significand's digits are multiplied and
 * divided by powers of two, at most 2^60 at a time so that one 64-bit word
 * carries a digit, until the value lies in [1/2, 1); then 128 bits of it are
 * read off 32 at a time and what is left becomes the sticky bit.
 *
 * Every step is exact while the digits fit the buffer, which fmt->cap is
 * sized for: the input's own cut (fmt->keep) is the only inexact step, and it
 * cannot change the result, because every halfway point of the format has
 * fewer than keep significant digits: the input and its first keep digits
 * lie on the same side of each, and a cut at a halfway point sets trunc,
 * which lifts the value above it.
 */
#include <string.h>
#include "floatscan.h"

struct dec {
	unsigned char *d;       /* digits 0-9 of 0.d[0]d[1]... * 10^dp */
	int nd, cap, trunc;
	long dp;
};

static void trim(struct dec *x)
{
	while (x->nd && !x->d[x->nd - 1])
		x->nd--;
}

/* x /= 2^k, 0 < k <= 60. */
static void shift_right(struct dec *x, int k)
{
	uint64_t acc = 0, mask = ((uint64_t)1 << k) - 1;
	int r = 0, w = 0;

	while (!(acc >> k)) {
		acc = acc * 10 + (r < x->nd ? x->d[r] : 0);
		r++;
	}
	x->dp -= r - 1;
	for (;;) {
		unsigned digit = acc >> k;

		acc = (acc & mask) * 10;
		if (w < x->cap)
			x->d[w++] = digit;
		else if (digit)
			x->trunc = 1;
		if (r < x->nd)
			acc += x->d[r++];
		else if (!acc)
			break;
	}
	x->nd = w;
	trim(x);
}

/* x *= 2^k, 0 < k <= 60: the carry out of the top digit is at most 19 digits. */
static void shift_left(struct dec *x, int k)
{
	enum { ROOM = 19 };
	uint64_t carry = 0;
	int j, z, n;

	while (x->nd + ROOM > x->cap)
		x->trunc |= x->d[--x->nd] != 0;
	memmove(x->d + ROOM, x->d, x->nd);
	n = x->nd + ROOM;
	for (j = n - 1; j >= ROOM; j--) {
		uint64_t acc = ((uint64_t)x->d[j] << k) + carry;

		x->d[j] = acc % 10;
		carry = acc / 10;
	}
	for (; j >= 0; j--) {
		x->d[j] = carry % 10;
		carry /= 10;
	}
	for (z = 0; !x->d[z]; z++)
		;
	memmove(x->d, x->d + z, n - z);
	x->nd = n - z;
	x->dp += ROOM - z;
	trim(x);
}

/* Takes the integer part (below 2^32) off x after x *= 2^32. */
static uint32_t next_word(struct dec *x)
{
	uint32_t w = 0;
	int i, z;

	if (!x->nd)
		return 0;
	shift_left(x, 32);
	if (x->dp <= 0)
		return 0;
	for (i = 0; i < x->dp; i++)
		w = w * 10 + (i < x->nd ? x->d[i] : 0);
	if (x->nd <= x->dp) {
		x->nd = 0;
		return w;
	}
	for (z = 0; x->d[x->dp + z] == 0; z++)
		;
	memmove(x->d, x->d + x->dp + z, x->nd - x->dp - z);
	x->nd -= x->dp + z;
	x->dp = -z;
	return w;
}

void __decimal_to_bin(struct __fp_value *v, int nd, long dp, int trunc,
		      const struct __fp_fmt *fmt)
{
	struct dec x = { fmt->digits, nd, fmt->cap, trunc, dp };
	struct __u128 m = { (uint64_t)1 << 63, 0 };
	long e = 0;

	/* Far out of range: 10^(dp-1) above 2^(emax+1), or 10^dp below 2^(emin-p). */
	if (dp - 1 > (long)(fmt->emax + 1) * 30103 / 100000 + 1) {
		__fp_round(v, m, 0, fmt->emax + 1 - 127, fmt);
		return;
	}
	if (dp < (long)(fmt->emin - fmt->p) * 30103 / 100000 - 1) {
		__fp_round(v, m, 0, fmt->emin - fmt->p - 1 - 127, fmt);
		return;
	}
	while (x.dp != 0 || x.d[0] < 5) {
		int k;

		if (x.dp > 0) {
			k = x.dp >= 18 ? 60 : x.dp * 10 / 3 + 1;
			shift_right(&x, k);
			e += k;
		} else {
			k = x.dp < -19 ? 60 : x.dp < 0 ? -x.dp * 3 : x.d[0] == 1 ? 2 : 1;
			shift_left(&x, k);
			e -= k;
		}
	}
	m.hi = (uint64_t)next_word(&x) << 32;
	m.hi |= next_word(&x);
	m.lo = 0;
	if (fmt->p > 62) {
		m.lo = (uint64_t)next_word(&x) << 32;
		m.lo |= next_word(&x);
	}
	__fp_round(v, m, x.nd || x.trunc, e - 128, fmt);
}
