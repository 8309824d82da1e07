/*
 * Differential test of the scanf engine against the host glibc: trapdoor's
 * src/stdio/vfscanf.c and vsscanf.c (with trapdoor's strtod family) are
 * compiled here and run over a generated matrix of formats and inputs; the
 * return value, every byte stored through the pointers and %n counts must
 * be glibc's.
 */
#include <check.h>
#include <errno.h>
#include <stdarg.h>
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

/* trapdoor's FILE under its own name, beside glibc's. */
struct __FILE;
#define FILE struct __FILE
#define __overflow td___overflow
#define __uflow td___uflow
#define __getdelim td___getdelim
#define vfscanf td_vfscanf
#define vsscanf td_vsscanf
#include "../../src/stdio/vfscanf.c"
#include "../../src/stdio/vsscanf.c"
#undef FILE
#undef vfscanf
#undef vsscanf
#undef strtod
#undef strtof
#undef strtold

/* The string stream's refill: its end is the end of file. */
int td___uflow(struct __FILE *f)
{
	f->flags |= F_EOF;
	return EOF;
}

#define NARGS 6
#define ARGSZ 48
static unsigned char ours_buf[NARGS][ARGSZ], theirs_buf[NARGS][ARGSZ];
static long cases;

static int call(int (*fn)(const char *, const char *, va_list), const char *in, const char *fmt,
		unsigned char (*b)[ARGSZ], ...)
{
	va_list ap;
	int r;

	va_start(ap, b);
	r = fn(in, fmt, ap);
	va_end(ap);
	return r;
}

static int glibc_vsscanf(const char *s, const char *fmt, va_list ap)
{
	return vsscanf(s, fmt, ap);
}

static void compare(const char *fmt, const char *in)
{
	int r1, r2, e1, e2;

	memset(ours_buf, 0xa5, sizeof ours_buf);
	memset(theirs_buf, 0xa5, sizeof theirs_buf);
	errno = 0;
	r1 = call(td_vsscanf, in, fmt, ours_buf, ours_buf[0], ours_buf[1], ours_buf[2],
		  ours_buf[3], ours_buf[4], ours_buf[5]);
	e1 = errno;
	errno = 0;
	r2 = call(glibc_vsscanf, in, fmt, theirs_buf, theirs_buf[0], theirs_buf[1],
		  theirs_buf[2], theirs_buf[3], theirs_buf[4], theirs_buf[5]);
	e2 = errno;
	cases++;
	if (r1 != r2 || e1 != e2)
		ck_abort_msg("sscanf(\"%s\", \"%s\"): want %d errno %d, got %d errno %d",
			     in, fmt, r2, e2, r1, e1);
	for (int i = 0; i < NARGS; i++)
		for (int k = 0; k < ARGSZ; k++)
			if (ours_buf[i][k] != theirs_buf[i][k])
				ck_abort_msg("sscanf(\"%s\", \"%s\") = %d: argument %d byte %d: "
					     "want %02x, got %02x", in, fmt, r2, i + 1, k,
					     theirs_buf[i][k], ours_buf[i][k]);
}

static const char *convs[] = {
	"%d", "%i", "%u", "%o", "%x", "%X", "%hhd", "%hd", "%ld", "%lld", "%jd", "%zu", "%td",
	"%hhu", "%hu", "%lu", "%llx", "%qd", "%Lx", "%p", "%f", "%lf", "%Lf", "%e", "%lg", "%a",
	"%le", "%LG", "%llf", "%s", "%5s", "%c", "%3c", "%[a-z]", "%[^,]", "%[]a]", "%[-a]",
	"%[a-]", "%[^]]", "%[z-a]", "%[0-9.e+-]", "%n", "%hhn", "%lln", "%*d", "%*s",
	"%*[0-9]", "%*c", "%*f", "%%", "%3d", "%2lf", "%4x", "%1s", "%2i", "%0d", "%1lf",
	"%4lf", "%5lf", "%3f", "%2x", "%lc", "%ls", "%l[a-z]", "%C", "%S", "%'d", "%I d",
	"%y", "%", "x", ",", " ", "-", "%5c",
};

static const char *tokens[] = {
	"123", "-45", "+7", "0x1f", "0X", "0x", "077", "08", "1e5", "1e+", "1e+x", ".5", "-.e",
	".", "inf", "-INF", "nan", "NaN", "infinity", "infinit", "infx", "0x1p3", "0x1.8p-2",
	"0xp", "1.5e-3", "abc", "a]b", "]a", "-a", "%", "-", "+", "99999999999999999999",
	"4294967296", "-2147483649", "128", "-129", "65536", "3.4e39", "1e-50", "zz", "Q",
	"x12", "0", "-0", "1.", "1.2.3", "0x.8", "1E5", "1e", "e5", "12345678901234567890123",
	"0.1e-400", "nan(12)", "i", "n", "+i", "0xg", "0x1P", "0x1p+", "ab,cd", "]]", "-]",
};

static const char *seps[] = { "", " ", ",", "\t", "  \n", "x" };

static uint64_t rng = 0x2545f4914f6cdd1dull;

static unsigned pick(unsigned n)
{
	rng ^= rng << 13;
	rng ^= rng >> 7;
	rng ^= rng << 17;
	return rng % n;
}

#define COUNT(a) (sizeof a / sizeof *a)

START_TEST(single_conversions)
{
	char fmt[64], in[128];
	unsigned c, t, s;

	for (c = 0; c < COUNT(convs); c++)
		for (t = 0; t < COUNT(tokens); t++)
			for (s = 0; s < COUNT(seps); s++) {
				snprintf(in, sizeof in, "%s%s%s", seps[s], tokens[t], seps[s]);
				snprintf(fmt, sizeof fmt, "%s%%n", convs[c]);
				if (strchr(convs[c], 'n') || strstr(convs[c], "*") || !strchr(convs[c], '%'))
					snprintf(fmt, sizeof fmt, "%s", convs[c]);
				compare(fmt, in);
				compare(convs[c], "");
			}
}
END_TEST

START_TEST(random_matrix)
{
	char fmt[256], in[512];
	long i;

	for (i = 0; i < 300000; i++) {
		int nconv = 1 + pick(4), ntok = pick(5), k, args = 0;
		char *p = fmt, *q = in;

		for (k = 0; k < nconv; k++) {
			const char *cv = convs[pick(COUNT(convs))];

			if (strchr(cv, '%') && !strchr(cv, '*') && strcmp(cv, "%%") && ++args > NARGS)
				break;
			p += sprintf(p, "%s%s", seps[pick(4)], cv);
		}
		for (k = 0; k < ntok; k++)
			q += sprintf(q, "%s%s", seps[pick(COUNT(seps))], tokens[pick(COUNT(tokens))]);
		compare(fmt, in);
	}
}
END_TEST

static int td_sscanf(const char *s, const char *fmt, ...)
{
	va_list ap;
	int r;

	va_start(ap, fmt);
	r = td_vsscanf(s, fmt, ap);
	va_end(ap);
	return r;
}

/* %m: the strings allocated must hold glibc's text; a failed one is left alone. */
static void compare_alloc(const char *fmt, const char *in)
{
	char *a1 = (char *)1, *b1 = (char *)1, *a2 = (char *)1, *b2 = (char *)1;
	int r1 = td_sscanf(in, fmt, &a1, &b1), r2 = sscanf(in, fmt, &a2, &b2);

	cases++;
	ck_assert_msg(r1 == r2, "sscanf(\"%s\", \"%s\"): want %d, got %d", in, fmt, r2, r1);
	ck_assert_msg((a1 == 0) == (a2 == 0) && (b1 == 0) == (b2 == 0),
		      "sscanf(\"%s\", \"%s\"): pointers set to NULL differently", in, fmt);
	if (r2 >= 1)
		ck_assert_msg(!strncmp(a1, a2, strchr(fmt, 'c') ? 3 : 1000), "%s: first string", fmt);
	if (r2 >= 2)
		ck_assert_msg(!strcmp(b1, b2), "%s: second string", fmt);
	if (r2 >= 1) {
		free(a1);
		free(a2);
	}
	if (r2 >= 2) {
		free(b1);
		free(b2);
	}
}

START_TEST(positional_and_alloc)
{
	static char big[5000];

	compare("%2$d %1$d", "5 6");
	compare("%3$s %1$c %2$x", "ab c ff");
	compare("%2$lf %1$hhd", "1.25 -3");
	compare_alloc("%ms %m[a-z]", "hello world");
	compare_alloc("%ms %m[a-z]", "hello 42");
	compare_alloc("%m3c%ms", "abcdef");
	compare_alloc("%ms", "");
	memset(big, 'q', sizeof big - 1);
	compare_alloc("%ms%ms", big);
}
END_TEST

START_TEST(count_cases)
{
	ck_assert_msg(cases > 350000, "only %ld cases compared", cases);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("scanf_diff");
	TCase *tc = tcase_create("glibc");
	SRunner *sr;
	int failed;

	tcase_set_timeout(tc, 0);
	tcase_add_test(tc, single_conversions);
	tcase_add_test(tc, random_matrix);
	tcase_add_test(tc, positional_and_alloc);
	tcase_add_test(tc, count_cases);
	suite_add_tcase(s, tc);
	sr = srunner_create(s);
	srunner_set_fork_status(sr, CK_NOFORK);
	srunner_run_all(sr, CK_NORMAL);
	failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	fprintf(stderr, "scanf_diff: %ld format/input pairs\n", cases);
	return failed ? 1 : 0;
}
