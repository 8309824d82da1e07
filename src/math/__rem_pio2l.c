#include "ldmath.h"

#if LDBL_MANT_DIG == 64
#define PIO2_HI 0x1.921fb54442d1846ap0L
#define PIO2_LO -0x1.d9cceba3f91f1976p-66L
#define NW 10

/* 32 bits of the little-endian limbs p[0..n) starting at bit pos (0 outside). */
static uint32_t bits32(const uint32_t *p, int n, int pos)
{
	int w = pos >> 5, b = pos & 31;
	uint64_t lo = w >= 0 && w < n ? p[w] : 0;
	uint64_t hi = w + 1 >= 0 && w + 1 < n ? p[w + 1] : 0;

	if (pos < -32)
		return 0;
	return (uint32_t)((hi << 32 | lo) >> b);
}

/*
 * Payne and Hanek's reduction for any finite x87 x: x = m 2^ex with m the
 * 64-bit significand; x 2/pi mod 4 needs only the bits of 2/pi from
 * 2^(2 - ex) down, of which 320 leave over 220 good bits after the point
 * (a fraction may start with some 80 zeros: there are 2^79 x87 values).
 * The product is exact in 32-bit limbs; its fraction, centred to [-1/2,
 * 1/2], is taken to 192 bits as hi + lo and multiplied by pi/2.
 */
hidden int __rem_pio2l(long double x, long double *hi, long double *lo)
{
	unsigned se = __ld_se(x);
	int ex = (int)(se & 0x7fff) - __LD_BIAS - 63, k0, s, n, i, j, neg = 0;
	uint64_t m;
	uint32_t w[NW], p[NW + 2] = { 0 }, f[6], mj[2];
	long double a, b, e, l, y, yl;

	__builtin_memcpy(&m, &x, sizeof m);
	mj[0] = (uint32_t)m;
	mj[1] = (uint32_t)(m >> 32);
	k0 = ex >= 34 ? (ex - 34) / 32 + 1 : 0;
	for (i = 0; i < NW; i++)
		w[i] = __two_over_pi_l[k0 + NW - 1 - i];
	for (j = 0; j < 2; j++) {
		uint64_t carry = 0;

		for (i = 0; i < NW; i++) {
			uint64_t t = (uint64_t)mj[j] * w[i] + p[i + j] + carry;

			p[i + j] = (uint32_t)t;
			carry = t >> 32;
		}
		p[NW + j] = (uint32_t)carry;
	}
	s = 32 * (k0 + NW) - ex;
	n = (int)(bits32(p, NW + 2, s) & 3);
	for (i = 0; i < 6; i++)
		f[i] = bits32(p, NW + 2, s - 32 * (i + 1));
	if (f[0] >> 31) {       /* fraction >= 1/2: take fraction - 1, negated */
		uint32_t c = 1;

		n++;
		neg = 1;
		for (i = 5; i >= 0; i--) {
			uint64_t t = (uint64_t)(uint32_t)~f[i] + c;

			f[i] = (uint32_t)t;
			c = (uint32_t)(t >> 32);
		}
	}
	a = __two_suml(f[0] * 0x1p-32L + f[1] * 0x1p-64L, f[2] * 0x1p-96L + f[3] * 0x1p-128L, &e);
	l = e + (f[4] * 0x1p-160L + f[5] * 0x1p-192L);
	b = a + l;
	l -= b - a;
	y = __two_prodl(b, PIO2_HI, &e);
	yl = e + (b * PIO2_LO + l * PIO2_HI);
	*hi = y + yl;
	*lo = yl - (*hi - y);
	if (neg != (int)(se >> 15)) {
		*hi = -*hi;
		*lo = -*lo;
	}
	return se >> 15 ? -n & 3 : n & 3;
}
#endif
