#include "libm.h"

#if LDBL_MANT_DIG == DBL_MANT_DIG
__LD_AS_D2(hypot)
#else
/*
 * As hypot: |x| >= |y| scaled by 2^-9000 or 2^9000 when needed, x^2 + y^2
 * as a pair (each square exact through Veltkamp's split into halves of at
 * most (LDBL_MANT_DIG + 1)/2 bits), the correctly rounded square root
 * corrected by one Newton step on that pair, and the sum rounded once,
 * at the result's own last place.  Overflow sets ERANGE.
 */
#define SPLIT (0x1p32L + 1)
#if LDBL_MANT_DIG == 113
#undef SPLIT
#define SPLIT (0x1p57L + 1)
#endif

static long double square(long double a, long double *lo)
{
	long double p = a * a, c = a * SPLIT, h = c - (c - a), l = a - h;

	*lo = ((h * h - p) + 2 * h * l) + l * l;
	return p;
}

/* sqrt(a^2 + b^2) as r + *lo. */
static long double root(long double a, long double b, long double *lo)
{
	long double al, bl, ah = square(a, &al), bh = square(b, &bl);
	long double s = ah + bh, sl = (bh - (s - ah)) + al + bl, r, rl, rh;

	r = sqrtl(s + sl);
	rh = square(r, &rl);
	*lo = ((s - rh) - rl + sl) / (2 * r);
	return r;
}

long double hypotl(long double x, long double y)
{
	long double a = fabsl(x), b = fabsl(y), t, r, lo, h, scale = 1;

	if (isinf(a) || isinf(b))
		return HUGE_VALL;
	if (isnan(a) || isnan(b))
		return a + b;
	if (a < b)
		t = a, a = b, b = t;
	if (b == 0 || ilogbl(a) - ilogbl(b) > LDBL_MANT_DIG + 1)
		return a + b;
	if (a > 0x1p8000L) {
		a *= 0x1p-9000L, b *= 0x1p-9000L, scale = 0x1p9000L;
	} else if (b < 0x1p-8000L) {
		a *= 0x1p9000L, b *= 0x1p9000L, scale = 0x1p-9000L;
	}
	r = root(a, b, &lo);
	if (scale < 1 && r < 0x1p-7382L) {
		/*
		 * A result below LDBL_MIN: h, r on the grid of the subnormals'
		 * last place (scaled), is exact there, and the rest is rounded
		 * once, at that place.
		 */
		h = (r + 0x1.8p-7382L) - 0x1.8p-7382L;
		return h * scale + ((r - h) + lo) * scale;
	}
	r = (r + lo) * scale;
	if (isinf(r))
		errno = ERANGE;
	return r;
}
#endif
