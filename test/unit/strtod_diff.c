/*
 * Differential test of strtof, strtod and strtold against the host glibc:
 * trapdoor's src/stdlib/ conversion core is compiled here, against glibc's
 * headers, and each input is compared for the result's bytes, the end pointer
 * and errno.  Inputs: random digit strings of every length to 800, exact
 * halfway points between neighbours (and their neighbours by one unit in the
 * last digit), boundaries of each format, hex floats, inf/nan spellings and
 * malformed text.  STRTOD_DIFF_SCALE=n multiplies the random counts (a long
 * run by hand).
 */
#include <check.h>
#include <errno.h>
#include <float.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define strtod td_strtod
#define strtof td_strtof
#define strtold td_strtold
#include "../../src/stdlib/__fp_round.c"
#include "../../src/stdlib/__decimal_to_bin.c"
#include "../../src/stdlib/__pow5.c"
#include "../../src/stdlib/__floatscan.c"
#include "../../src/stdlib/strtod.c"
#include "../../src/stdlib/strtof.c"
#include "../../src/stdlib/strtold.c"
#undef strtod
#undef strtof
#undef strtold

/* x87 long double: 10 bytes of value, the rest padding. */
#define LD_BYTES (LDBL_MANT_DIG == 64 ? 10 : sizeof(long double))

static long cases, scale = 1;
static uint64_t rng = 0x9e3779b97f4a7c15u;

static uint64_t next(void)
{
	rng ^= rng << 13;
	rng ^= rng >> 7;
	rng ^= rng << 17;
	return rng;
}

/*
 * glibc rounds a hex float just above half the least subnormal, whose extra
 * bits sit exactly one place below it, to 0 (strtof("0x1.000001p-150") is 0,
 * correctly 0x1p-149; strtold("0x1.0000000000000001p-16446") likewise).
 * Such a difference is counted, not failed, when ours is the least
 * subnormal, glibc's 0, both with ERANGE and the same end, and (for float
 * and double) the value read as long double is at least half the least
 * subnormal.
 */
static long glibc_hex_bugs;

static int hex_underflow_bug(const char *s, long double ours, long double theirs,
			     long double least, int exact_known)
{
	if (!strstr(s, "0x") && !strstr(s, "0X"))
		return 0;
	if (theirs != 0 || fabsl(ours) != least)
		return 0;
	if (!exact_known && fabsl(strtold(s, 0)) < least / 2)
		return 0;
	glibc_hex_bugs++;
	return 1;
}

#define COMPARE_ONE(T, ours, theirs, nbytes, s, least) do { \
	char *e1_, *e2_; \
	int er1_, er2_; \
	T r1_, r2_; \
	errno = 0; \
	r1_ = ours(s, &e1_); \
	er1_ = errno; \
	errno = 0; \
	r2_ = theirs(s, &e2_); \
	er2_ = errno; \
	if ((memcmp(&r1_, &r2_, nbytes) || e1_ != e2_ || er1_ != er2_) && \
	    !(e1_ == e2_ && er1_ == ERANGE && er2_ == ERANGE && \
	      hex_underflow_bug(s, r1_, r2_, least, sizeof(T) == sizeof(long double)))) \
		ck_abort_msg(#theirs "(\"%.300s\"): want %La end +%d errno %d, " \
			     "got %La end +%d errno %d", s, (long double)r2_, \
			     (int)(e2_ - (s)), er2_, (long double)r1_, (int)(e1_ - (s)), er1_); \
} while (0)

static void compare(const char *s)
{
	cases++;
	COMPARE_ONE(double, td_strtod, strtod, sizeof(double), s, DBL_TRUE_MIN);
	COMPARE_ONE(float, td_strtof, strtof, sizeof(float), s, FLT_TRUE_MIN);
	COMPARE_ONE(long double, td_strtold, strtold, LD_BYTES, s, LDBL_TRUE_MIN);
}

/* n random digits, maybe a point, maybe an exponent. */
static void random_decimal(char *buf, int n, int exp_range)
{
	char *p = buf;
	int i, point = next() % 3 ? (int)(next() % (n + 1)) : -1;

	if (next() % 4 == 0)
		*p++ = next() & 1 ? '-' : '+';
	for (i = 0; i < n; i++) {
		if (i == point)
			*p++ = '.';
		*p++ = '0' + next() % 10;
	}
	if (exp_range)
		p += sprintf(p, "e%d", (int)(next() % (2 * exp_range + 1)) - exp_range);
	*p = 0;
}

START_TEST(random_short)
{
	static char buf[1000];
	long i;

	for (i = 0; i < 200000 * scale; i++) {
		random_decimal(buf, 1 + next() % 25, next() % 2 ? 30 : 400);
		compare(buf);
	}
}
END_TEST

START_TEST(random_long)
{
	static char buf[1000];
	long i;

	for (i = 0; i < 4000 * scale; i++) {
		random_decimal(buf, 1 + next() % 800, next() % 2 ? 30 : 5000);
		compare(buf);
	}
}
END_TEST

/*
 * The exact decimal of the midpoint between x and its upper neighbour, and the
 * same with the last digit moved up and down by one.
 */
static void halfway(long double mid)
{
	static char buf[13000];
	char *last;

	snprintf(buf, sizeof buf, "%.*Le", (int)(next() % 2 ? 800 : 12000), mid);
	last = strchr(buf, 'e');
	while (last[-1] == '0' && last[-2] != '.')
		last--;
	memmove(last, strchr(buf, 'e'), strlen(strchr(buf, 'e')) + 1);
	compare(buf);
	last--;
	if (*last < '9') {
		++*last;
		compare(buf);
		--*last;
	}
	if (*last > '0') {
		--*last;
		compare(buf);
	}
}

START_TEST(halfway_points)
{
	long i;

	for (i = 0; i < 20000 * scale; i++) {
		uint64_t b = next();
		double d;
		float f;

		memcpy(&d, &b, sizeof d);
		if (isfinite(d) && d != 0)
			halfway(((long double)d + nextafter(d, INFINITY)) / 2);
		f = ldexpf(1 + (next() % (1 << 23)) / 8388608.0f, (int)(next() % 280) - 150);
		if (isfinite(f) && f != 0)
			halfway(((long double)f + nextafterf(f, INFINITY)) / 2);
	}
	halfway(DBL_MAX + ((long double)DBL_MAX - nextafter(DBL_MAX, 0)) / 2);
	halfway((long double)DBL_MIN / 2);
	halfway((long double)DBL_TRUE_MIN / 2);
	halfway((long double)FLT_TRUE_MIN / 2);
	halfway((long double)FLT_MAX + ((long double)FLT_MAX - nextafterf(FLT_MAX, 0)) / 2);
	halfway((long double)DBL_MIN - (long double)DBL_TRUE_MIN / 2);
	halfway((long double)FLT_MIN - (long double)FLT_TRUE_MIN / 2);
}
END_TEST

START_TEST(hex_floats)
{
	static char buf[200];
	long i;

	for (i = 0; i < 100000 * scale; i++) {
		int n = 1 + next() % 40, k;
		char *p = buf + sprintf(buf, "%s0x", next() % 3 ? "" : "-");

		for (k = 0; k < n; k++) {
			if (k == 1 || (k > 1 && next() % 30 == 0 && !strchr(buf, '.')))
				*p++ = '.';
			*p++ = "0123456789abcdefABCDEF"[next() % 22];
		}
		if (next() % 4)
			p += sprintf(p, "p%d", (int)(next() % 33000) - 16500);
		*p = 0;
		compare(buf);
	}
}
END_TEST

START_TEST(boundaries_and_text)
{
	static const char *fixed[] = {
		"0", "-0", "+0", "0.0e-99999", "1e-99999", "1e99999", "-1e400",
		"1.7976931348623157e308", "1.7976931348623158e308", "1.7976931348623159e308",
		"2.2250738585072014e-308", "2.2250738585072011e-308", "2.2250738585072012e-308",
		"4.9406564584124654e-324", "2.4703282292062327e-324", "2.4703282292062328e-324",
		"3.4028234663852886e38", "3.4028235677973366e38", "3.4028235677973367e38",
		"1.17549435e-38", "1.1754942e-38", "1.4e-45", "7.006492321624085e-46",
		"7.006492321624086e-46", "1.18973149535723176502e4932", "1.18973149535723176508e4932",
		"3.36210314311209350626e-4932", "3.64519953188247460253e-4951",
		"1.82259976594123730126e-4951", "1.82259976594123730127e-4951", "6.5e-4966",
		"0x1p-1074", "0x1p-1075", "0x1.8p-1075", "0x1p-1076", "0x1.fffffffffffff8p1023",
		"0x1.fffffffffffffp1023", "0x1p1024", "0x1p-149", "0x1p-150", "0x1.000001p-150",
		"0x1p-16445", "0x1p-16446", "0x1.8p-16446", "0x1p16384", "0x.8p1", "0x", "0xg",
		"0x.", "0x.p1", "0x1p", "0x1p+", "0x1p-a", "1e", "1e+", "1e-x", "1.e5", ".5", ".",
		"+.e5", "-", "+", "", "   12", "\t\n\v\f\r 7", "inf", "INF", "-Infinity", "infinit",
		"infinityx", "in", "nan", "-nan", "NaN(123)", "nan(0x7f)", "nan(077)", "nan()",
		"nan(abc_1)", "nan(1", "nan(-1)", "nan(0xffffffffffffffffff)", "nan(0x)",
		"nanx", "1.5x", "1..5", "1e5e5", "00000000000000000000000000001.5",
		"0.000000000000000000000000000000000000000000000000000000001e57",
		"123456789012345678901234567890", "9007199254740993", "9007199254740992.5",
		"1e23", "8.98846567431158e307", "0.1", "0.2", "0.3", "1e-5", "3.14159",
		"0.12345678901234567", "18446744073709551615", "18446744073709551616e-20",
		"1e19", "1e-19", "9999999999999999999e19", "9999999999999999999e-19",
		"0x1.0000000000000001p-16446", "0x1.0000000000001p-1075",
	};
	static char buf[20000];
	unsigned i;
	int n;

	for (i = 0; i < sizeof fixed / sizeof *fixed; i++)
		compare(fixed[i]);
	ck_assert_msg(td_strtof("0x1.000001p-150", 0) == FLT_TRUE_MIN, "0x1.000001p-150");
	ck_assert_msg(td_strtold("0x1.0000000000000001p-16446", 0) == LDBL_TRUE_MIN,
		      "0x1.0000000000000001p-16446");
	/* Thousands of digits: long zero runs, then a deciding digit far out. */
	for (n = 700; n < 12000; n += 397) {
		memset(buf, '0', n);
		memcpy(buf, "0.", 2);
		buf[n] = '1';
		buf[n + 1] = 0;
		compare(buf);
		memcpy(buf, "1.", 2);
		compare(buf);
		strcpy(buf + n + 1, "e-4000");
		compare(buf);
	}
	memset(buf, '9', 19999);
	buf[19999] = 0;
	compare(buf);
}
END_TEST

START_TEST(count_cases)
{
	ck_assert_msg(cases > 300000, "only %ld cases compared", cases);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("strtod_diff");
	TCase *tc = tcase_create("glibc");
	SRunner *sr;
	int failed;

	if (getenv("STRTOD_DIFF_SCALE"))
		scale = atol(getenv("STRTOD_DIFF_SCALE"));
	tcase_set_timeout(tc, 0);
	tcase_add_test(tc, boundaries_and_text);
	tcase_add_test(tc, random_short);
	tcase_add_test(tc, random_long);
	tcase_add_test(tc, halfway_points);
	tcase_add_test(tc, hex_floats);
	tcase_add_test(tc, count_cases);
	suite_add_tcase(s, tc);
	sr = srunner_create(s);
	srunner_set_fork_status(sr, CK_NOFORK);
	srunner_run_all(sr, CK_NORMAL);
	failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	fprintf(stderr, "strtod_diff: %ld inputs, 3 conversions each; %ld glibc hex underflow "
		"misroundings counted\n", cases, glibc_hex_bugs);
	return failed ? 1 : 0;
}
