/*
 * Differential test of the POSIX/BSD/GNU string functions against the host
 * glibc: trapdoor's sources are compiled here under other names and every
 * result (and, for the tokenizers, every state) is compared over generated
 * strings from a small alphabet, where matches and near-matches are common.
 */
#define _GNU_SOURCE 1
#include <check.h>
#include <ctype.h>
#include <stdint.h>
#include <string.h>
#include <strings.h>

/* trapdoor's <ctype.h> inline; glibc's C locale gives the same answers. */
#define __td_tolower tolower
#define strnlen td_strnlen
#define strcasecmp td_strcasecmp
#define strncasecmp td_strncasecmp
#define strcasestr td_strcasestr
#define memmem td_memmem
#define memrchr td_memrchr
#define strchrnul td_strchrnul
#define stpcpy td_stpcpy
#define stpncpy td_stpncpy
#define strsep td_strsep
#define strtok_r td_strtok_r
#define __xpg_basename td_xpg_basename
#define dirname td_dirname
#include "../../src/string/strnlen.c"
#include "../../src/string/strcasecmp.c"
#include "../../src/string/strncasecmp.c"
#include "../../src/string/strcasestr.c"
#include "../../src/string/memmem.c"
#include "../../src/string/memrchr.c"
#include "../../src/string/strchrnul.c"
#include "../../src/string/stpcpy.c"
#include "../../src/string/stpncpy.c"
#include "../../src/string/strsep.c"
#include "../../src/string/strtok_r.c"
#include "../../src/libgen/__xpg_basename.c"
#include "../../src/libgen/dirname.c"
#undef strnlen
#undef strcasecmp
#undef strncasecmp
#undef strcasestr
#undef memmem
#undef memrchr
#undef strchrnul
#undef stpcpy
#undef stpncpy
#undef strsep
#undef strtok_r
#undef __xpg_basename
#undef dirname

char *__xpg_basename(char *path);
char *dirname(char *path);

static uint64_t rng = 0x2545f4914f6cdd1du;

static uint64_t next(void)
{
	rng ^= rng << 13;
	rng ^= rng >> 7;
	rng ^= rng << 17;
	return rng;
}

/* A string of up to max bytes from a small alphabet (case pairs, separators, a high byte). */
static size_t gen(char *s, size_t max)
{
	static const char alphabet[] = "aAbB/,. \xe9\xc9";
	size_t n = next() % (max + 1);

	for (size_t i = 0; i < n; i++)
		s[i] = alphabet[next() % (sizeof alphabet - 1)];
	s[n] = 0;
	return n;
}

static int sign(int x)
{
	return (x > 0) - (x < 0);
}

START_TEST(search_and_compare)
{
	char a[40], b[12];

	for (long i = 0; i < 200000; i++) {
		size_t la = gen(a, 39), lb = gen(b, next() % 2 ? 4 : 11), n = next() % 10;
		int c = "aAb/,\xe9z"[next() % 7];

		ck_assert_int_eq(sign(td_strcasecmp(a, b)), sign(strcasecmp(a, b)));
		ck_assert_int_eq(sign(td_strncasecmp(a, b, n)), sign(strncasecmp(a, b, n)));
		ck_assert_ptr_eq(td_strcasestr(a, b), strcasestr(a, b));
		ck_assert_ptr_eq(td_memmem(a, la, b, lb), memmem(a, la, b, lb));
		ck_assert_ptr_eq(td_memrchr(a, c, la), memrchr(a, c, la));
		ck_assert_ptr_eq(td_strchrnul(a, c), strchrnul(a, c));
	}
}
END_TEST

START_TEST(copies)
{
	char src[24], d1[40], d2[40];

	for (long i = 0; i < 100000; i++) {
		size_t n = next() % 30;

		gen(src, 23);
		memset(d1, 'x', sizeof d1);
		memset(d2, 'x', sizeof d2);
		ck_assert_int_eq(td_stpncpy(d1, src, n) - d1, stpncpy(d2, src, n) - d2);
		ck_assert(!memcmp(d1, d2, sizeof d1));
		ck_assert_int_eq(td_stpcpy(d1, src) - d1, stpcpy(d2, src) - d2);
		ck_assert(!memcmp(d1, d2, sizeof d1));
	}
}
END_TEST

START_TEST(tokenizers_and_paths)
{
	char s1[40], s2[40], sep[4];

	for (long i = 0; i < 50000; i++) {
		char *p1 = s1, *p2 = s2, *save1, *save2, *t1, *t2;

		gen(s1, 39);
		strcpy(s2, s1);
		gen(sep, 2);
		do {
			t1 = td_strsep(&p1, sep);
			t2 = strsep(&p2, sep);
			ck_assert_int_eq(t1 ? t1 - s1 : -1, t2 ? t2 - s2 : -1);
			ck_assert_int_eq(p1 ? p1 - s1 : -1, p2 ? p2 - s2 : -1);
		} while (t1);
		gen(s1, 39);
		strcpy(s2, s1);
		t1 = td_strtok_r(s1, sep, &save1);
		t2 = strtok_r(s2, sep, &save2);
		for (;;) {
			ck_assert_int_eq(t1 ? t1 - s1 : -1, t2 ? t2 - s2 : -1);
			if (!t1)
				break;
			t1 = td_strtok_r(NULL, sep, &save1);
			t2 = strtok_r(NULL, sep, &save2);
		}
		gen(s1, 20);
		strcpy(s2, s1);
		ck_assert_str_eq(td_dirname(s1), dirname(s2));
		gen(s1, 20);
		strcpy(s2, s1);
		ck_assert_str_eq(td_xpg_basename(s1), __xpg_basename(s2));
	}
}
END_TEST

int main(void)
{
	Suite *s = suite_create("string_diff");
	TCase *tc = tcase_create("glibc");
	SRunner *sr;
	int failed;

	/* No time limit (0): a loaded machine may take any time; the driver guards against hangs. */
	tcase_set_timeout(tc, 0);
	tcase_add_test(tc, search_and_compare);
	tcase_add_test(tc, copies);
	tcase_add_test(tc, tokenizers_and_paths);
	suite_add_tcase(s, tc);
	sr = srunner_create(s);
	srunner_set_fork_status(sr, CK_NOFORK);
	srunner_run_all(sr, CK_NORMAL);
	failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return failed ? 1 : 0;
}
