#include "libm.h"

/* Clears the fraction bits: x87's explicit 64-bit significand, or binary128's 112 bits. */
long double truncl(long double x)
{
#if LDBL_MANT_DIG == DBL_MANT_DIG
	return trunc(x);
#else
	unsigned se = __ld_se(x);
	int e = (int)(se & 0x7fff) - __LD_BIAS;
	uint64_t w[2];

	if (e >= LDBL_MANT_DIG - 1)
		return e == 0x4000 ? x + x : x;
	if (e < 0)
		return __ld_with_se(0.0L, se & 0x8000);
#if LDBL_MANT_DIG == 64
	/* The significand is the first 8 bytes (of 10, in 12 or 16). */
	__builtin_memcpy(w, &x, 8);
	w[0] &= ~(~(uint64_t)0 >> (e + 1));
	__builtin_memcpy(&x, w, 8);
#else
	__builtin_memcpy(w, &x, sizeof w);
	{
		int f = 112 - e, lo = __BYTE_ORDER__ != __ORDER_BIG_ENDIAN__ ? 0 : 1;

		if (f >= 64) {
			w[lo] = 0;
			w[!lo] &= ~(((uint64_t)1 << (f - 64)) - 1);
		} else {
			w[lo] &= ~(((uint64_t)1 << f) - 1);
		}
	}
	__builtin_memcpy(&x, w, sizeof w);
#endif
	return x;
#endif
}
