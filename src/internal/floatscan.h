/*
 * The strtod family's core: text to a binary floating-point value rounded to
 * nearest-even in a format described by struct __fp_fmt, independent of the C
 * type that will hold it (strtof, strtod and strtold pack the result).
 */
#ifndef TRAPDOOR_FLOATSCAN_H
#define TRAPDOOR_FLOATSCAN_H

#include <stdint.h>
#include "libc.h"

/* A 128-bit unsigned integer from two 64-bit halves (no __int128 on 32-bit targets). */
struct __u128 {
	uint64_t hi, lo;
};

struct __fp_fmt {
	int p;                  /* significand bits, the leading one included */
	int emin, emax;         /* exponents of the least normal and of the largest finite value */
	/*
	 * Significant decimal digits kept from the input: more than the longest
	 * halfway point between two neighbours of the format has, so that the
	 * cut digits only break ties (see __decimal_to_bin).
	 */
	int keep;
	unsigned char *digits;  /* room for the decimal arithmetic: cap bytes */
	int cap;
};

enum { FS_ZERO, FS_FINITE, FS_INF, FS_NAN };

/*
 * A parsed value: sign * m * 2^exp, m < 2^p, with m >= 2^(p-1) unless
 * subnormal (exp is then emin - p + 1).  For FS_NAN, m is the payload of
 * nan(n-char-sequence), valid if has_payload.
 */
struct __fp_value {
	int sign, kind, has_payload;
	struct __u128 m;
	int exp;
};

/*
 * Parses s as strtod does: *end (if end) is set past the text used, or to s
 * when there is none; errno is ERANGE on overflow and on a tiny inexact result.
 */
hidden void __floatscan(const char *s, char **end, const struct __fp_fmt *fmt,
			struct __fp_value *v);

/*
 * Rounds sign * (m * 2^exp + a sticky bit below m's last bit) into v for fmt,
 * with m's bit 127 set; sets errno as __floatscan describes.
 */
hidden void __fp_round(struct __fp_value *v, struct __u128 m, int sticky, long exp,
		       const struct __fp_fmt *fmt);

/*
 * 5^q for POW5_MIN <= q <= POW5_MAX as a 128-bit T with its top bit set,
 * 5^q = T * 2^(floor(q * log2(5)) - 127) within one unit of T (tools/mkpow5
 * writes the table and states the rounding).
 */
#define POW5_MIN (-342)
#define POW5_MAX 308
hidden extern const struct __u128 __pow5_table[POW5_MAX - POW5_MIN + 1];

/* Decimal significand digits (0-9, no leading zero) times 10^dp to m * 2^exp + sticky. */
hidden void __decimal_to_bin(struct __fp_value *v, int nd, long dp, int trunc,
			     const struct __fp_fmt *fmt);

#endif
