/*
 * Differential test of gmtime_r and strverscmp against the host glibc:
 * trapdoor's sources are compiled here under other names and compared over
 * random times across the whole range whose year fits an int, and over
 * random strings from an alphabet of digits, zeros and separators.
 */
#define _GNU_SOURCE
#include <check.h>
#include <errno.h>
#include <stdint.h>
#include <string.h>
#include <time.h>

#include "libc.h"
/* The public alias would replace glibc's gmtime_r in this program. */
#undef weak_alias
#define weak_alias(old, new)
#define __gmtime_r td_gmtime_r
#define __strverscmp td_strverscmp
#include "../../src/time/gmtime_r.c"
#include "../../src/string/strverscmp.c"
#undef __gmtime_r
#undef __strverscmp


#define TM_MIN (-67768040609740800LL)
#define TM_MAX 67768036191676799LL

static uint64_t rng = 0x9e3779b97f4a7c15u;

static uint64_t next(void)
{
	rng ^= rng << 13;
	rng ^= rng >> 7;
	rng ^= rng << 17;
	return rng;
}

static void same_tm(time_t t)
{
	struct tm a, b;
	struct tm *pa, *pb;
	int ea, eb;

	memset(&a, 0x55, sizeof a);
	memset(&b, 0x55, sizeof b);
	errno = 0;
	pa = td_gmtime_r(&t, &a);
	ea = errno;
	errno = 0;
	pb = gmtime_r(&t, &b);
	eb = errno;
	ck_assert_msg(!pa == !pb, "at %lld: null %d vs glibc %d", (long long)t, !pa, !pb);
	if (!pa) {
		ck_assert_int_eq(ea, eb);
		return;
	}
	ck_assert_msg(a.tm_year == b.tm_year && a.tm_mon == b.tm_mon && a.tm_mday == b.tm_mday &&
		      a.tm_hour == b.tm_hour && a.tm_min == b.tm_min && a.tm_sec == b.tm_sec &&
		      a.tm_wday == b.tm_wday && a.tm_yday == b.tm_yday && a.tm_isdst == b.tm_isdst &&
		      a.tm_gmtoff == b.tm_gmtoff,
		      "at %lld: %d-%d-%d %d:%d:%d w%d y%d vs glibc %d-%d-%d %d:%d:%d w%d y%d", (long long)t,
		      a.tm_year, a.tm_mon, a.tm_mday, a.tm_hour, a.tm_min, a.tm_sec, a.tm_wday, a.tm_yday,
		      b.tm_year, b.tm_mon, b.tm_mday, b.tm_hour, b.tm_min, b.tm_sec, b.tm_wday, b.tm_yday);
}

START_TEST(gmtime_against_glibc)
{
	static const long long edges[] = { 0, -1, 1, 86399, 86400, -86400, -86401, INT32_MAX, INT32_MIN,
		(long long)UINT32_MAX, TM_MIN, TM_MIN - 1, TM_MAX, TM_MAX + 1, INT64_MAX, INT64_MIN };
	long long span = 4000LL * 366 * 86400;

	for (size_t i = 0; i < sizeof edges / sizeof edges[0]; i++)
		same_tm(edges[i]);
	for (long i = 0; i < 300000; i++) {
		/* Whole range, then a band of 4000 years around 1970 where dates are dense. */
		same_tm((time_t)(TM_MIN + (long long)(next() % (uint64_t)(TM_MAX - TM_MIN + 1))));
		same_tm((time_t)((long long)(next() % (uint64_t)(2 * span)) - span));
	}
}
END_TEST

START_TEST(strverscmp_against_glibc)
{
	static const char alphabet[] = "00019a.";
	char a[10], b[10];

	for (long i = 0; i < 1000000; i++) {
		size_t la = next() % 9, lb = next() % 9, p;

		for (size_t k = 0; k < la; k++)
			a[k] = alphabet[next() % (sizeof alphabet - 1)];
		a[la] = 0;
		for (size_t k = 0; k < lb; k++)
			b[k] = alphabet[next() % (sizeof alphabet - 1)];
		b[lb] = 0;
		/* Half the pairs share a prefix, where the digit-run rules decide. */
		if (next() % 2) {
			p = next() % (la + 1);
			memcpy(b, a, p);
			if (p > lb)
				b[p] = 0;
		}
		int x = td_strverscmp(a, b), y = strverscmp(a, b);
		ck_assert_msg((x > 0) - (x < 0) == (y > 0) - (y < 0), "'%s' vs '%s': %d, glibc %d", a, b, x, y);
	}
}
END_TEST

int main(void)
{
	Suite *s = suite_create("sysif_diff");
	TCase *tc = tcase_create("core");
	SRunner *sr;
	int failed;

	tcase_set_timeout(tc, 0);
	tcase_add_test(tc, gmtime_against_glibc);
	tcase_add_test(tc, strverscmp_against_glibc);
	suite_add_tcase(s, tc);
	sr = srunner_create(s);
	srunner_set_fork_status(sr, CK_NOFORK);
	srunner_run_all(sr, CK_NORMAL);
	failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return failed != 0;
}
