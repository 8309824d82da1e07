#include "mathfn.h"

#define PIO2_HI 0x1.921fb54442d18p+0
#define PIO2_LO 0x1.1a62633145c07p-54

/* 32 bits of the little-endian limbs p[0..n) starting at bit pos (0 outside). */
static uint32_t bits32(const uint32_t *p, int n, int pos)
{
	int w = pos >> 5, b = pos & 31;
	uint64_t lo = w >= 0 && w < n ? p[w] : 0;
	uint64_t hi = w + 1 >= 0 && w + 1 < n ? p[w + 1] : 0;
	if (pos < -32)
		return 0;
	return (uint32_t)(((hi << 32 | lo) >> b));
}

/*
 * Payne and Hanek's reduction for 2^20 <= |x| < 2^1024: x = m 2^ex with m
 * an integer of 53 bits; x 2/pi mod 4 needs only the bits of 2/pi from
 * 2^(2 - ex) down (those above give multiples of 4), and 256 of them leave
 * 128 good bits after the point, over the 61 that may cancel.  The product
 * is exact in 32-bit limbs; its fraction, centred to [-1/2, 1/2], is turned
 * into hi + lo and multiplied by pi/2.
 */
hidden int __rem_pio2_large(double x, double *hi, double *lo)
{
	uint64_t ix = __dbits(x);
	int ex = (int)(ix >> 52 & 0x7ff) - 1075, k0, s, n, i, j, neg = 0;
	uint64_t m = (ix & 0x000fffffffffffff) | 0x0010000000000000;
	uint32_t w[8], p[10] = { 0 }, f[4], mj[2] = { (uint32_t)m, (uint32_t)(m >> 32) };
	double a, b, e1, e2, l, y, yl, pe;

	k0 = ex >= 34 ? (ex - 34) / 32 + 1 : 0;
	for (i = 0; i < 8; i++)
		w[i] = __two_over_pi[k0 + 7 - i];
	for (j = 0; j < 2; j++) {
		uint64_t carry = 0;
		for (i = 0; i < 8; i++) {
			uint64_t t = (uint64_t)mj[j] * w[i] + p[i + j] + carry;
			p[i + j] = (uint32_t)t;
			carry = t >> 32;
		}
		p[8 + j] = (uint32_t)carry;
	}
	/* x 2/pi = P 2^-s */
	s = 32 * k0 + 256 - ex;
	n = (int)(bits32(p, 10, s) & 3);
	for (i = 0; i < 4; i++)
		f[i] = bits32(p, 10, s - 32 * (i + 1));
	if (f[0] >> 31) {       /* fraction >= 1/2: take fraction - 1, negated */
		uint32_t c = 1;
		n++;
		neg = 1;
		for (i = 3; i >= 0; i--) {
			uint64_t t = (uint64_t)(uint32_t)~f[i] + c;
			f[i] = (uint32_t)t;
			c = (uint32_t)(t >> 32);
		}
	}
	a = __two_sum(f[0] * 0x1p-32, f[1] * 0x1p-64, &e1);
	b = __two_sum(a, f[2] * 0x1p-96, &e2);
	l = e1 + e2 + f[3] * 0x1p-128;
	a = __fast_two_sum(b, l, &l);
	y = __two_prod(a, PIO2_HI, &pe);
	yl = pe + (a * PIO2_LO + l * PIO2_HI);
	y = __fast_two_sum(y, yl, &yl);
	if (neg != (int)(ix >> 63)) {
		y = -y;
		yl = -yl;
	}
	*hi = y;
	*lo = yl;
	return ix >> 63 ? -n & 3 : n & 3;
}
