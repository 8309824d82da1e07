/* strtol, strtoul, strtoll, strtoull, atoi, atol, atoll: bases, prefixes, end pointers, ERANGE. */
#include <limits.h>
#include "t.h"

static char *end;

/* The limits of long and unsigned long as text, for the target's own width. */
#if LONG_MAX == 0x7fffffff
#define LONG_MAX_S      "2147483647"
#define LONG_MAX_P1_S   "2147483648"
#define LONG_MIN_S      "-2147483648"
#define LONG_MIN_M1_S   "-2147483649"
#define ULONG_MAX_S     "4294967295"
#define ULONG_MAX_P1_S  "4294967296"
#define ULONG_HEX_MAX_S "0xffffffff"
#define ABOVE_INT_S     "2147483647"    /* atol: the largest value a long holds */
#define ABOVE_INT       2147483647L
#else
#define LONG_MAX_S      "9223372036854775807"
#define LONG_MAX_P1_S   "9223372036854775808"
#define LONG_MIN_S      "-9223372036854775808"
#define LONG_MIN_M1_S   "-9223372036854775809"
#define ULONG_MAX_S     "18446744073709551615"
#define ULONG_MAX_P1_S  "18446744073709551616"
#define ULONG_HEX_MAX_S "0xffffffffffffffff"
#define ABOVE_INT_S     "2147483648"    /* atol: beyond int */
#define ABOVE_INT       2147483648L
#endif
#define LEN(s) ((long)sizeof(s) - 1)

#define STRTO(name, fn, s, base, want, want_end, want_errno) do { \
	errno = 0; \
	t_eq(name, (long long)fn(s, &end, base), (long long)(want)); \
	t_eq(name "_end", end - (s), want_end); \
	t_eq(name "_errno", errno, want_errno); \
} while (0)

int main(void)
{
	STRTO("dec", strtol, "  -1234xyz", 10, -1234, 7, 0);
	STRTO("plus", strtol, "\t\n+77", 0, 77, 5, 0);
	STRTO("hex_prefix", strtol, "0x1fG", 16, 31, 4, 0);
	STRTO("hex_auto", strtol, "0XfF", 0, 255, 4, 0);
	STRTO("octal_auto", strtol, "0777", 0, 511, 4, 0);
	STRTO("octal_stops_at_8", strtol, "0128", 0, 10, 3, 0);
	STRTO("zero_x_no_digit", strtol, "0xg", 0, 0, 1, 0);
	STRTO("base36", strtol, "zZ", 36, 35 * 36 + 35, 2, 0);
	STRTO("base2", strtol, "1012", 2, 5, 3, 0);
	STRTO("no_digits", strtol, "  -x", 10, 0, 0, 0);
	STRTO("empty", strtol, "", 10, 0, 0, 0);
	STRTO("bad_base_einval", strtol, "10", 1, 0, 0, EINVAL);
	STRTO("base37_einval", strtol, "10", 37, 0, 0, EINVAL);
	STRTO("long_max", strtol, LONG_MAX_S, 10, LONG_MAX, LEN(LONG_MAX_S), 0);
	STRTO("long_max_plus1_erange", strtol, LONG_MAX_P1_S, 10, LONG_MAX, LEN(LONG_MAX_P1_S), ERANGE);
	STRTO("long_min", strtol, LONG_MIN_S, 10, LONG_MIN, LEN(LONG_MIN_S), 0);
	STRTO("long_min_minus1_erange", strtol, LONG_MIN_M1_S, 10, LONG_MIN, LEN(LONG_MIN_M1_S), ERANGE);
	STRTO("huge_end_past_digits", strtol, "123456789012345678901234567890!", 10, LONG_MAX, 30,
	      ERANGE);
	STRTO("ulong_max", strtoul, ULONG_MAX_S, 10, ULONG_MAX, LEN(ULONG_MAX_S), 0);
	STRTO("ulong_erange", strtoul, ULONG_MAX_P1_S, 10, ULONG_MAX, LEN(ULONG_MAX_P1_S), ERANGE);
	STRTO("ulong_negative_wraps", strtoul, "-1", 10, ULONG_MAX, 2, 0);
	STRTO("ulong_negative_erange", strtoul, "-18446744073709551616", 10, ULONG_MAX, 21, ERANGE);
	STRTO("ulong_hex_max", strtoul, ULONG_HEX_MAX_S, 0, ULONG_MAX, LEN(ULONG_HEX_MAX_S), 0);
	STRTO("llong_min", strtoll, "-0x8000000000000000", 0, LLONG_MIN, 19, 0);
	STRTO("llong_erange", strtoll, "0x8000000000000000", 0, LLONG_MAX, 18, ERANGE);
	STRTO("ullong", strtoull, "  0x10", 0, 16, 6, 0);
	STRTO("ullong_erange", strtoull, "99999999999999999999", 10, ULLONG_MAX, 20, ERANGE);
	errno = 0;
	t_eq("strtol_null_end", strtol("42", 0, 10), 42);
	t_eq("atoi", atoi("  -56abc"), -56);
	t_eq("atoi_none", atoi("abc"), 0);
	t_eq("atol", atol(ABOVE_INT_S), ABOVE_INT);
	t_eq("atoll", atoll("-9000000000000000000"), -9000000000000000000LL);
	return t_done();
}
