/*
 * Differential test of the printf formatting core against the host glibc:
 * trapdoor's src/stdio/__fmt_out.c, __vformat.c and __fmt_fp.c are compiled
 * here, against glibc's headers, and every case compares bytes and return
 * value with glibc's snprintf over a generated matrix of formats and values.
 */
#define _GNU_SOURCE     /* strerrorname_np, for %#m */
#include <check.h>
#include <float.h>
#include <limits.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <wchar.h>

#include "../../src/stdio/__fmt_out.c"
#include "../../src/stdio/__vformat.c"
#include "../../src/stdio/__fmt_fp.c"

#define OUT_MAX 20000

/* What printf and vprintf pass: floating point and %m. */
static const struct __fmt_ops ops = { __fmt_fp, strerror, strerrorname_np };
static char got[OUT_MAX], want[OUT_MAX];
static long cases;

static void drop(struct __fmt_sink *o, const char *s, size_t n)
{
	(void)s;
	(void)n;
	o->pos = o->end;
}

static int ours(char *buf, size_t size, const char *fmt, ...)
{
	struct __fmt_sink o = { .pos = buf, .end = buf + size - 1, .overflow = drop };
	va_list ap;
	int r;

	va_start(ap, fmt);
	r = __vformat(&o, fmt, ap, &ops);
	va_end(ap);
	*o.pos = 0;
	return r;
}

/* Fails the test with the format and both outputs on the first difference. */
#define COMPARE(fmt, ...) do { \
	const char *f_ = fmt; \
	int r1_ = ours(got, sizeof got, f_, __VA_ARGS__); \
	int r2_ = snprintf(want, sizeof want, f_, __VA_ARGS__); \
	cases++; \
	if (r1_ != r2_ || strcmp(got, want)) \
		ck_abort_msg("format \"%s\": want %d \"%.200s\", got %d \"%.200s\"", \
			     f_, r2_, want, r1_, got); \
} while (0)

/* A small deterministic generator, so that failures reproduce. */
static uint64_t rng = 0x9e3779b97f4a7c15u;

static uint64_t next(void)
{
	rng ^= rng << 13;
	rng ^= rng >> 7;
	rng ^= rng << 17;
	return rng;
}

static const char *const flagsets[] = {
	"", "-", "+", " ", "#", "0", "-+", "- ", "-#", "-0", "+ ", "+#", "+0", " #", " 0", "#0",
	"-+ #0", "+0#", "- 0", "'",
};
#define NFLAGS (sizeof flagsets / sizeof *flagsets)

START_TEST(integers)
{
	static const char *const lens[] = { "hh", "h", "", "l", "ll", "j", "z", "t" };
	static const char convs[] = "diouxX";
	static const char *const widths[] = { "", "1", "5", "23", "*" };
	static const char *const precs[] = { "", ".", ".0", ".1", ".5", ".25", ".*" };
	long long vals[40] = {
		0, 1, -1, 7, -8, 42, 127, 128, 255, 256, -128, -129, 32767, -32768, 65535, 65536,
		INT_MAX, INT_MIN, UINT_MAX, (long long)UINT_MAX + 1, LLONG_MAX, LLONG_MIN, -2,
		0x7f, 0x80, 01234567, 999999999, 1000000000,
	};
	char fmt[64];

	for (int i = 28; i < 40; i++)
		vals[i] = (long long)(next() >> (next() % 64));
	for (size_t f = 0; f < NFLAGS; f++)
		for (size_t w = 0; w < sizeof widths / sizeof *widths; w++)
			for (size_t p = 0; p < sizeof precs / sizeof *precs; p++)
				for (size_t l = 0; l < sizeof lens / sizeof *lens; l++)
					for (const char *c = convs; *c; c++) {
						snprintf(fmt, sizeof fmt, "[%%%s%s%s%s%c]", flagsets[f],
							 widths[w], precs[p], lens[l], *c);
						for (int v = 0; v < 40; v++) {
							int sw = (int)(next() % 41) - 20, sp = (int)(next() % 30) - 5;

							if (widths[w][0] == '*' && precs[p][1] == '*')
								COMPARE(fmt, sw, sp, vals[v]);
							else if (widths[w][0] == '*')
								COMPARE(fmt, sw, vals[v]);
							else if (precs[p][1] == '*')
								COMPARE(fmt, sp, vals[v]);
							else
								COMPARE(fmt, vals[v]);
						}
					}
}
END_TEST

START_TEST(strings_chars_pointers)
{
	static const char *const strs[] = { "", "a", "hello", "hello, world", NULL };
	static const char *const widths[] = { "", "3", "12" };
	static const char *const precs[] = { "", ".0", ".2", ".5", ".6", ".20" };
	void *ptrs[] = { NULL, (void *)1, (void *)0x1234, (void *)-1, &cases };
	char fmt[64];

	for (size_t f = 0; f < NFLAGS; f++)
		for (size_t w = 0; w < 3; w++)
			for (size_t p = 0; p < 6; p++) {
				snprintf(fmt, sizeof fmt, "<%%%s%s%ss>", flagsets[f], widths[w], precs[p]);
				for (int s = 0; s < 5; s++)
					COMPARE(fmt, strs[s]);
				snprintf(fmt, sizeof fmt, "<%%%s%s%sls>", flagsets[f], widths[w], precs[p]);
				COMPARE(fmt, L"wide");
				snprintf(fmt, sizeof fmt, "<%%%s%s%sp>", flagsets[f], widths[w], precs[p]);
				for (int s = 0; s < 5; s++)
					COMPARE(fmt, ptrs[s]);
				snprintf(fmt, sizeof fmt, "<%%%s%sc%%%s%slc>", flagsets[f], widths[w],
					 flagsets[f], widths[w]);
				COMPARE(fmt, 'x', (wint_t)'y');
			}
	COMPARE("%d%%%s%5%|%n", 1, "x", (int *)fmt);
	errno = ENOENT;
	COMPARE("%m|%10m|%-30m|%.3m%s", "");
	errno = 0;
	COMPARE("%m%s", "");
	COMPARE("%2$s %1$d %3$*4$.*5$f %2$s", 7, "two", 3.14159, 12, 2);
	COMPARE("%1$hhd %1$d %2$lld %3$c", 300, -1LL, 'q');
	COMPARE("%y %5k %-3k|%s", "x");
	COMPARE("%*d|%-*d|%.*d|%*.*x", -5, 1, 4, 2, -3, 7, 6, 3, 255u);
	COMPARE("%hhn%s", (signed char *)fmt, "");
}
END_TEST

/* Doubles worth printing: boundaries, exact ties, powers, random bit patterns. */
static int make_doubles(double *v, int max)
{
	static const double fixed[] = {
		0.0, -0.0, 1.0, -1.0, 0.5, 1.5, 2.5, 0.125, 0.375, 9.5, 99.5, 0.05, 0.15, 0.25,
		1e-5, 1e-4, 9.9999e-5, 123456789.0, 1e15, 1e16, 1e17, 1e21, 1e22, 1e23, 1e100,
		1e300, 1e308, 0.1, 0.2, 0.3, 2.0 / 3, 1.0 / 3, 3.14159265358979, 2.718281828459045,
		999999.5, 9999999.5, 0.9999995, 0.99999949999, 9.5e-5, 5e-324, 1e-320, 1e-310,
		DBL_MIN, DBL_MAX, DBL_EPSILON, DBL_TRUE_MIN, 4503599627370496.5, 9007199254740993.0,
		1.0 / 1024, 123.456, 1e-7, 0.000123456,
	};
	int n = 0;

	for (size_t i = 0; i < sizeof fixed / sizeof *fixed; i++)
		v[n++] = fixed[i];
	v[n++] = INFINITY;
	v[n++] = -INFINITY;
	v[n++] = NAN;
	v[n++] = -NAN;
	/* Odd multiples of powers of two: exact ties at many precisions. */
	for (int j = 1; j < 60; j++)
		v[n++] = ldexp((double)(2 * (next() % 1000) + 1), -j);
	for (int j = 0; j < 64; j++)
		v[n++] = ldexp(1.0, (int)(next() % 2098) - 1074);
	while (n < max) {
		uint64_t b = next();
		double d;

		if (n % 3 == 0)
			b = (b & 0x800fffffffffffffu) | (uint64_t)(1023 + next() % 80 - 40) << 52;
		memcpy(&d, &b, sizeof d);
		if (!isnan(d))
			v[n++] = d;
	}
	return n;
}

START_TEST(doubles_all_precisions)
{
	static const char convs[] = "aAeEfFgG";
	static const char *const widths[] = { "", "", "1", "12", "40" };
	double v[600];
	int n = make_doubles(v, 600);
	char fmt[64];

	for (int i = 0; i < n; i++)
		for (const char *c = convs; *c; c++) {
			for (int p = -1; p <= 40; p++) {
				const char *fl = flagsets[next() % NFLAGS], *w = widths[next() % 5];

				if (p < 0)
					snprintf(fmt, sizeof fmt, "[%%%s%s%c]", fl, w, *c);
				else
					snprintf(fmt, sizeof fmt, "[%%%s%s.%d%c]", fl, w, p, *c);
				COMPARE(fmt, v[i]);
			}
		}
}
END_TEST

START_TEST(doubles_long_precisions)
{
	static const int precs[] = { 50, 99, 100, 300, 330, 767, 1000, 1074, 1100 };
	static const char convs[] = "aefg";
	double v[200];
	int n = make_doubles(v, 200);
	char fmt[64];

	for (int i = 0; i < n; i++)
		for (const char *c = convs; *c; c++)
			for (size_t p = 0; p < sizeof precs / sizeof *precs; p++) {
				snprintf(fmt, sizeof fmt, "%%#.%d%c", precs[p], *c);
				COMPARE(fmt, v[i]);
			}
}
END_TEST

START_TEST(doubles_random_flags)
{
	static const char convs[] = "aAeEfFgG";
	double v[3000];
	int n = make_doubles(v, 3000);
	char fmt[64];

	for (int i = 0; i < n; i++)
		for (int k = 0; k < 150; k++) {
			int c = convs[next() % 8], w = (int)(next() % 30), p = (int)(next() % 25) - 1;

			if (p < 0)
				snprintf(fmt, sizeof fmt, "%%%s%d%c", flagsets[next() % NFLAGS], w, c);
			else
				snprintf(fmt, sizeof fmt, "%%%s%d.%d%c", flagsets[next() % NFLAGS], w, p, c);
			COMPARE(fmt, v[i]);
		}
}
END_TEST

START_TEST(long_doubles)
{
	static const char convs[] = "aAeEfFgG";
	long double v[400] = {
		0.0L, -0.0L, 1.0L, 0.5L, 2.5L, 15.5L, 0.1L, 1e-4000L, 1e4000L, 3.0L / 7,
		LDBL_MAX, LDBL_MIN, LDBL_TRUE_MIN, LDBL_EPSILON, (long double)DBL_MAX,
		INFINITY, -INFINITY, NAN, -NAN,
	};
	int n = 19;
	char fmt[64];

	for (int j = 1; j < 70; j++)
		v[n++] = ldexpl((long double)(2 * (next() % 100000) + 1), -j);
	for (int j = 0; j < 80; j++)
		v[n++] = ldexpl(1.0L, (int)(next() % 32828) - 16445);
	while (n < 400) {
		long double d = 0;
		uint64_t m = next() | 1ull << 63;
		uint16_t se = next() % 2 ? (uint16_t)next() % 0x7fff : (uint16_t)(16383 + next() % 200 - 100);

		memcpy(&d, &m, 8);
		memcpy((char *)&d + 8, &se, 2);
		v[n++] = d;
	}
	for (int i = 0; i < n; i++)
		for (const char *c = convs; *c; c++)
			for (int p = -1; p <= 40; p += 1 + (i > 100) * 4) {
				const char *fl = flagsets[next() % NFLAGS];

				if (p < 0)
					snprintf(fmt, sizeof fmt, "%%%s%dL%c", fl, (int)(next() % 30), *c);
				else
					snprintf(fmt, sizeof fmt, "%%%s.%dL%c", fl, p, *c);
				COMPARE(fmt, v[i]);
			}
	for (int i = 0; i < n; i += 7)
		COMPARE("%.5000Lf|%.1000Le|%.3000Lg", v[i], v[i], v[i]);
}
END_TEST

START_TEST(overflow_and_errors)
{
	struct __fmt_sink o = { .pos = got, .end = got, .overflow = drop };

	errno = 0;
	ck_assert_int_eq(ours(got, 1, "%2147483647d%d", 1, 2), -1);
	ck_assert_int_eq(errno, EOVERFLOW);
	errno = 0;
	ck_assert_int_eq(ours(got, 1, "%99999999999d", 1), -1);
	ck_assert_int_eq(errno, EOVERFLOW);
	errno = 0;
	ck_assert_int_eq(ours(got, 1, "%1$d %d", 1, 2), -1);
	ck_assert_int_eq(errno, EINVAL);
	ck_assert_int_eq(ours(got, 100, "%lc", (wint_t)0x263a), -1);
	ck_assert_int_eq(errno, EILSEQ);
	(void)o;
}
END_TEST

/* Positional * widths in the scanning pass read nothing: no stack garbage as a width. */
static int positional_after_garbage(void)
{
	volatile int junk[64];

	for (int i = 0; i < 64; i++)
		junk[i] = INT_MIN;
	(void)junk[0];
	return ours(got, sizeof got, "%2$*1$d|", 5, 42);
}

START_TEST(malformed_and_new_conversions)
{
	static const char *const cut[] = {
		"abc%", "abc%5", "abc%.", "abc%l", "abc%-", "abc%#", "abc%*", "abc%ll", "abc%hh",
		"abc%L", "abc%5.3", "%", "%%%", "%d%",
	};
	static const int errs[] = { 0, ENOENT, EINVAL, EOVERFLOW, 4095, -3, 200 };

	for (size_t i = 0; i < sizeof cut / sizeof *cut; i++) {
		errno = 0;
		COMPARE(cut[i], 1, 2);
		ck_assert_msg(errno == EINVAL, "\"%s\": errno %d", cut[i], errno);
	}
	for (size_t i = 0; i < sizeof errs / sizeof *errs; i++) {
		errno = errs[i];
		COMPARE("%#m|%#10m|%-#10m|%#.3m|%#+5m|%#05m|%# m|%m", 0);
	}
	COMPARE("%lk|%5lk|%-#5.3hhk|%'k|%Lk|%zk|%#5.2k|%*k|%.*k|%-+ 0#'7.2y|%.k|%*.*k", 7, 8, -9, -3);
	COMPARE("%hhy|%qy|%-5%|%5.3%|%l%|%ll%", 0);
	COMPARE("%*k|%-*k|%.*k", -12, -5, -1);
	ck_assert_int_eq(positional_after_garbage(), 6);
	ck_assert_str_eq(got, "   42|");
}
END_TEST

/* x87 encodings no operation produces: unnormals, pseudo-infinities, pseudo-NaNs are NaNs. */
START_TEST(x87_invalid_encodings)
{
	static const uint64_t mant[] = {
		0, 1, 1ull << 62, 0x123456789abcdefull, 1ull << 63, 3ull << 62, ~0ull >> 1,
	};
	static const uint16_t se[] = { 0x7fff, 0xffff, 0x3fff, 0xbfff, 0x0001, 0x8001, 0x4123, 0x7ffe };

	for (size_t i = 0; i < sizeof mant / sizeof *mant; i++)
		for (size_t j = 0; j < sizeof se / sizeof *se; j++) {
			long double d = 0;

			memcpy(&d, &mant[i], 8);
			memcpy((char *)&d + 8, &se[j], 2);
			COMPARE("%Lf|%La|%Le|%Lg|%+10.3LA|%-8LF|%010Lg", d, d, d, d, d, d, d);
		}
}
END_TEST

START_TEST(count_cases)
{
	ck_assert_msg(cases > 1000000, "only %ld cases compared", cases);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("printf_diff");
	TCase *tc = tcase_create("glibc");
	SRunner *sr;
	int failed;

	/* No time limit (0): a loaded machine may take any time; the driver guards against hangs. */
	tcase_set_timeout(tc, 0);
	tcase_add_test(tc, integers);
	tcase_add_test(tc, strings_chars_pointers);
	tcase_add_test(tc, doubles_all_precisions);
	tcase_add_test(tc, doubles_long_precisions);
	tcase_add_test(tc, doubles_random_flags);
	tcase_add_test(tc, long_doubles);
	tcase_add_test(tc, overflow_and_errors);
	tcase_add_test(tc, malformed_and_new_conversions);
	tcase_add_test(tc, x87_invalid_encodings);
	tcase_add_test(tc, count_cases);
	suite_add_tcase(s, tc);
	sr = srunner_create(s);
	srunner_set_fork_status(sr, CK_NOFORK);
	srunner_run_all(sr, CK_NORMAL);
	failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return failed ? 1 : 0;
}
