/*
 * <inttypes.h>: every PRI/SCN length modifier agrees with the type the
 * target gives the typedef (read back with _Generic, so each arch checks its
 * own widths), printf prints the extremes through them, and the intmax_t
 * functions.  <stdint.h>'s least/fast limits are checked against the types.
 */
#include <inttypes.h>
#include <stdio.h>
#include "t.h"

#define LEN(x) _Generic((x), \
	signed char: "hh", unsigned char: "hh", short: "h", unsigned short: "h", \
	int: "", unsigned: "", long: "l", unsigned long: "l", \
	long long: "ll", unsigned long long: "ll")

/* printf's arguments are promoted: char and short print as int, as glibc spells them. */
#define PLEN(x) (sizeof(x) < sizeof(int) ? "" : LEN(x))

static void mod(const char *name, const char *got, const char *len, char conv)
{
	char want[8];

	snprintf(want, sizeof want, "%s%c", len, conv);
	t_str(name, got, want);
}

/* The d and u forms of both families, for one type name. */
#define MODS(T, N, it, ut) do { \
	mod("PRId" N, PRId##T, PLEN((it)0), 'd'); \
	mod("PRIu" N, PRIu##T, PLEN((ut)0), 'u'); \
	mod("PRIX" N, PRIX##T, PLEN((ut)0), 'X'); \
	mod("SCNd" N, SCNd##T, LEN((it)0), 'd'); \
	mod("SCNx" N, SCNx##T, LEN((ut)0), 'x'); \
} while (0)

#define LIMITS(T, N, it, ut) do { \
	t_true(N "_max", T##_MAX == (it)((ut)-1 >> 1), "wrong max"); \
	t_true(N "_min", T##_MIN == -(it)((ut)-1 >> 1) - 1, "wrong min"); \
	t_true("U" N "_max", U##T##_MAX == (ut)-1, "wrong umax"); \
} while (0)

static void printed(const char *name, const char *got, const char *want)
{
	t_str(name, got, want);
}

int main(void)
{
	char buf[64], *end;
	imaxdiv_t d;

	MODS(8, "8", int8_t, uint8_t);
	MODS(16, "16", int16_t, uint16_t);
	MODS(32, "32", int32_t, uint32_t);
	MODS(64, "64", int64_t, uint64_t);
	MODS(LEAST8, "LEAST8", int_least8_t, uint_least8_t);
	MODS(LEAST16, "LEAST16", int_least16_t, uint_least16_t);
	MODS(LEAST32, "LEAST32", int_least32_t, uint_least32_t);
	MODS(LEAST64, "LEAST64", int_least64_t, uint_least64_t);
	MODS(FAST8, "FAST8", int_fast8_t, uint_fast8_t);
	MODS(FAST16, "FAST16", int_fast16_t, uint_fast16_t);
	MODS(FAST32, "FAST32", int_fast32_t, uint_fast32_t);
	MODS(FAST64, "FAST64", int_fast64_t, uint_fast64_t);
	MODS(PTR, "PTR", intptr_t, uintptr_t);
	t_str("PRIdMAX", PRIdMAX, "jd");
	t_str("SCNuMAX", SCNuMAX, "ju");
	t_str("PRIo64_conv", &PRIo64[strlen(PRIo64) - 1], "o");
	t_str("PRIi32", PRIi32, "i");
	t_str("SCNi16", SCNi16, "hi");

	LIMITS(INT_LEAST8, "INT_LEAST8", int_least8_t, uint_least8_t);
	LIMITS(INT_LEAST16, "INT_LEAST16", int_least16_t, uint_least16_t);
	LIMITS(INT_LEAST32, "INT_LEAST32", int_least32_t, uint_least32_t);
	LIMITS(INT_LEAST64, "INT_LEAST64", int_least64_t, uint_least64_t);
	LIMITS(INT_FAST8, "INT_FAST8", int_fast8_t, uint_fast8_t);
	LIMITS(INT_FAST16, "INT_FAST16", int_fast16_t, uint_fast16_t);
	LIMITS(INT_FAST32, "INT_FAST32", int_fast32_t, uint_fast32_t);
	LIMITS(INT_FAST64, "INT_FAST64", int_fast64_t, uint_fast64_t);

	snprintf(buf, sizeof buf, "%" PRId64 " %" PRIu64, INT64_MIN, UINT64_MAX);
	printed("print_int64_extremes", buf, "-9223372036854775808 18446744073709551615");
	snprintf(buf, sizeof buf, "%" PRIxFAST16 " %" PRIdLEAST8, (uint_fast16_t)0xbeef,
		 (int_least8_t)-128);
	printed("print_fast16_least8", buf, "beef -128");
	snprintf(buf, sizeof buf, "%" PRIdMAX " %" PRIuPTR, INTMAX_MIN, (uintptr_t)4096);
	printed("print_max_ptr", buf, "-9223372036854775808 4096");

	t_true("imaxabs", imaxabs(-INTMAX_MAX) == INTMAX_MAX && imaxabs(5) == 5, "wrong");
	d = imaxdiv(-7, 2);
	t_true("imaxdiv_truncates", d.quot == -3 && d.rem == -1, "wrong quot/rem");
	d = imaxdiv(INTMAX_MIN, 1);
	t_true("imaxdiv_min", d.quot == INTMAX_MIN && d.rem == 0, "wrong quot/rem");

	errno = 0;
	t_true("strtoimax_min", strtoimax("-9223372036854775808", &end, 10) == INTMAX_MIN &&
				       !*end && errno == 0, "wrong");
	errno = 0;
	t_true("strtoimax_overflow", strtoimax("9223372036854775808", 0, 10) == INTMAX_MAX &&
					    errno == ERANGE, "no ERANGE");
	errno = 0;
	t_true("strtoimax_underflow", strtoimax("-9223372036854775809", 0, 0) == INTMAX_MIN &&
					     errno == ERANGE, "no ERANGE");
	t_true("strtoimax_hex_end", strtoimax("  0x1fz", &end, 0) == 31 && *end == 'z', "wrong");
	errno = 0;
	t_true("strtoumax_max", strtoumax("0xffffffffffffffff", 0, 16) == UINTMAX_MAX &&
				       errno == 0, "wrong");
	errno = 0;
	t_true("strtoumax_overflow", strtoumax("18446744073709551616", 0, 10) == UINTMAX_MAX &&
					    errno == ERANGE, "no ERANGE");
	t_true("strtoumax_negative_wraps", strtoumax("-1", 0, 10) == UINTMAX_MAX, "wrong");
	errno = 0;
	t_true("strtoimax_bad_base", strtoimax("12", &end, 1) == 0 && errno == EINVAL &&
					    !strcmp(end, "12"), "no EINVAL");
	t_true("strtoumax_no_digits", strtoumax("  +x", &end, 10) == 0 && !strcmp(end, "  +x"),
	       "end moved");
	return t_done();
}
