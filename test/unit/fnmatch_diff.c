/*
 * Differential test of fnmatch against the host glibc over generated
 * patterns (wildcards, brackets with ranges, negation and classes, escapes,
 * slashes and periods) and names from the same small alphabet, under every
 * combination of the five flags.
 */
#define _GNU_SOURCE 1
#include <check.h>
#include <stdint.h>
#include <string.h>

#include "libc.h"
#undef weak_alias
#define weak_alias(old, new)
#define __fnmatch td_fnmatch
#include "../../src/regex/__re_class.c"
#include "../../src/fnmatch/fnmatch.c"
#undef __fnmatch

int fnmatch(const char *pattern, const char *name, int flags);

static uint64_t rng = 0x243f6a8885a308d3u;

static unsigned next(unsigned n)
{
	rng ^= rng << 13;
	rng ^= rng >> 7;
	rng ^= rng << 17;
	return rng % n;
}

static void gen(char *s, int n, const char *const *parts, int nparts)
{
	*s = 0;
	while (n--)
		strcat(s, parts[next(nparts)]);
}

START_TEST(generated)
{
	static const char *const pat_parts[] = {
		"a", "b", "A", ".", "/", "*", "*", "?", "[ab]", "[!a]", "[^./]", "[a-c]", "[[:upper:]]",
		"[]a]", "[", "]", "\\", "\\*", "\\a", "[\\]]", "[.]", "[/]", "-", "[a-]", "[[:alpha:]-]",
	};
	static const char *const name_parts[] = { "a", "b", "A", "B", ".", "/", "*", "[", "]", "\\", "-" };
	char pat[128], name[32];

	for (long i = 0; i < 300000; i++) {
		int flags = next(32);
		gen(pat, next(7), pat_parts, sizeof pat_parts / sizeof *pat_parts);
		gen(name, next(8), name_parts, sizeof name_parts / sizeof *name_parts);
		ck_assert_msg(!td_fnmatch(pat, name, flags) == !fnmatch(pat, name, flags),
			"fnmatch(\"%s\", \"%s\", %d): glibc %d, trapdoor %d", pat, name, flags,
			fnmatch(pat, name, flags), td_fnmatch(pat, name, flags));
	}
}
END_TEST

int main(void)
{
	Suite *s = suite_create("fnmatch_diff");
	TCase *tc = tcase_create("glibc");
	SRunner *sr;
	int failed;

	tcase_set_timeout(tc, 0);
	tcase_add_test(tc, generated);
	suite_add_tcase(s, tc);
	sr = srunner_create(s);
	srunner_set_fork_status(sr, CK_NOFORK);
	srunner_run_all(sr, CK_NORMAL);
	failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return failed != 0;
}
