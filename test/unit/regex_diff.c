/*
 * Differential test of regcomp/regexec against the host glibc: trapdoor's
 * sources are compiled here under other names (its regex_t too) and, for
 * generated patterns (BRE and ERE, with and without REG_ICASE/NEWLINE) and
 * subjects from a small alphabet, the compile status, match or no match and
 * the whole match's offsets are compared always, and the submatches where
 * glibc follows POSIX (see sub_comparable); random byte soup checks the
 * error codes of malformed patterns.
 */
#define _GNU_SOURCE 1
#include <check.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#define __TD_BEGIN_DECLS
#define __TD_END_DECLS
#define __restrict_arg restrict
#define regex_t td_regex_t
#define regmatch_t td_regmatch_t
#define regoff_t td_regoff_t
#define regcomp td_regcomp
#define regexec td_regexec
#define regerror td_regerror
#define regfree td_regfree
#include "../../include/regex.h"
#include "../../src/regex/__re_assert.c"
#include "../../src/regex/__re_class.c"
#include "../../src/regex/__re_parse.c"
#include "../../src/regex/__re_emit.c"
#include "../../src/regex/__re_extent.c"
#include "../../src/regex/__re_search.c"
#include "../../src/regex/regcomp.c"
#include "../../src/regex/regexec.c"
#include "../../src/regex/regerror.c"
#include "../../src/regex/regfree.c"
#undef regex_t
#undef regmatch_t
#undef regoff_t
#undef regcomp
#undef regexec
#undef regerror
#undef regfree
#undef _REGEX_H
#undef REG_EXTENDED
#undef REG_ICASE
#undef REG_NEWLINE
#undef REG_NOSUB
#undef REG_NOTBOL
#undef REG_NOTEOL
#undef REG_NOERROR
#undef REG_NOMATCH
#undef REG_BADPAT
#undef REG_ECOLLATE
#undef REG_ECTYPE
#undef REG_EESCAPE
#undef REG_ESUBREG
#undef REG_EBRACK
#undef REG_EPAREN
#undef REG_EBRACE
#undef REG_BADBR
#undef REG_ERANGE
#undef REG_ESPACE
#undef REG_BADRPT
#undef REG_EEND
#undef REG_ESIZE
#undef REG_ERPAREN
#include <regex.h>

static uint64_t rng = 0x9e3779b97f4a7c15u;

static unsigned next(unsigned n)
{
	rng ^= rng << 13;
	rng ^= rng >> 7;
	rng ^= rng << 17;
	return rng % n;
}

struct gen {
	char *s;
	int ere, groups, closed, brefs, flat;
};

static void emit_str(struct gen *g, const char *t)
{
	g->s = stpcpy(g->s, t);
}

static void gen_alt(struct gen *g, int depth);

static void gen_atom(struct gen *g, int depth)
{
	static const char *const sets[] = { "[ab]", "[^a]", "[a-c]", "[[:alpha:]]", "[]a]", "[^b-c]" };
	static const char *const lits[] = { "a", "b", "c", "A", ".", "\\w", "\\W", "\\<", "\\>", "\\b", "\\B" };
	unsigned k = next(depth > 2 ? 10 : 13);

	if (k < 6) {
		emit_str(g, lits[next(6) < 5 ? next(5) : next(11)]);
	} else if (k < 8) {
		emit_str(g, sets[next(6)]);
	} else if (k == 8 && g->brefs && g->closed) {
		char b[3] = { '\\', '1' + next(g->closed), 0 };
		emit_str(g, b);
	} else if (k >= 10) {
		int n = ++g->groups;
		emit_str(g, g->ere ? "(" : "\\(");
		gen_alt(g, depth + 1);
		emit_str(g, g->ere ? ")" : "\\)");
		if (n < 10 && n == g->closed + 1)
			g->closed = n;
	} else {
		emit_str(g, "b");
	}
}

static void gen_piece(struct gen *g, int depth)
{
	static const char *const ere[] = { "*", "+", "?", "{1,2}", "{2}", "{0,1}", "{1,}" };
	static const char *const bre[] = { "*", "\\+", "\\?", "\\{1,2\\}", "\\{2\\}", "\\{0,1\\}", "\\{1,\\}" };

	int groups = g->groups;

	gen_atom(g, depth);
	if (next(3) == 0 && !(g->flat && g->groups != groups))
		emit_str(g, (g->ere ? ere : bre)[next(7)]);
}

static void gen_alt(struct gen *g, int depth)
{
	int b = 1 + (next(3) == 0), i, n;

	for (; b; b--) {
		for (i = 0, n = 1 + next(3); i < n; i++)
			gen_piece(g, depth);
		if (b > 1)
			emit_str(g, g->ere ? "|" : "\\|");
	}
}

/*
 * A subject of up to 10 bytes over the patterns' alphabet.  A newline only
 * under REG_NEWLINE: without it glibc lets an anchor inside the pattern
 * match beside one ("a$." matches "a\nb"), where POSIX makes it ordinary.
 */
static void subject(char *s, int cflags)
{
	static const char alphabet[] = "aabbcA _\n";
	int n = next(11), i;

	for (i = 0; i < n; i++)
		s[i] = alphabet[next(sizeof alphabet - (cflags & REG_NEWLINE ? 1 : 2))];
	s[n] = 0;
}

static long compared, sub_compared, sub_differ, bref_differ;

static void compare(const char *pat, int cflags, int sub, int match)
{
	regex_t g;
	td_regex_t t;
	regmatch_t gm[10];
	td_regmatch_t tm[10];
	char s[16];
	int gr = regcomp(&g, pat, cflags), tr = td_regcomp(&t, pat, cflags), i, k;

	ck_assert_msg(gr == tr, "regcomp \"%s\" flags %d: glibc %d, trapdoor %d", pat, cflags, gr, tr);
	if (gr)
		return;
	ck_assert_int_eq(g.re_nsub, t.re_nsub);
	for (k = 0; k < 8 * match; k++) {
		int ef = next(4) ? 0 : next(4);
		subject(s, cflags);
		gr = regexec(&g, s, 10, gm, ef);
		tr = td_regexec(&t, s, 10, tm, ef);
		compared++;
		if (!sub && strchr(pat, '\\') && strpbrk(pat, "123456789") &&
		    (gr != tr || (!gr && (gm[0].rm_so != tm[0].rm_so || gm[0].rm_eo != tm[0].rm_eo)))) {
			if (getenv("REGEX_DIFF_SHOW"))
				printf("bref \"%s\" flags %d on \"%s\": glibc %d %d-%d, trapdoor %d %d-%d\n", pat, cflags, s,
					gr, (int)gm[0].rm_so, (int)gm[0].rm_eo, tr, (int)tm[0].rm_so, (int)tm[0].rm_eo);
			bref_differ++;
			continue;
		}
		ck_assert_msg(gr == tr, "\"%s\" flags %d on \"%s\": glibc %d, trapdoor %d", pat, cflags, s, gr, tr);
		if (gr)
			continue;
		ck_assert_msg(gm[0].rm_so == tm[0].rm_so && gm[0].rm_eo == tm[0].rm_eo,
			"\"%s\" flags %d on \"%s\": glibc %d-%d, trapdoor %d-%d", pat, cflags, s,
			(int)gm[0].rm_so, (int)gm[0].rm_eo, (int)tm[0].rm_so, (int)tm[0].rm_eo);
		for (i = 1; i <= (int)g.re_nsub && i < 10; i++) {
			int same = gm[i].rm_so == tm[i].rm_so && gm[i].rm_eo == tm[i].rm_eo;
			sub_compared++;
			if (!same && getenv("REGEX_DIFF_SHOW"))
				printf("sub %d \"%s\" flags %d on \"%s\": glibc %d-%d, trapdoor %d-%d\n", i, pat,
					cflags, s, (int)gm[i].rm_so, (int)gm[i].rm_eo, (int)tm[i].rm_so, (int)tm[i].rm_eo);
			sub_differ += !same;
			if (sub && !(gm[0].rm_so == gm[0].rm_eo && strpbrk(pat, "|")))
				ck_assert_msg(same, "sub %d of \"%s\" flags %d on \"%s\": glibc %d-%d, trapdoor %d-%d",
					i, pat, cflags, s, (int)gm[i].rm_so, (int)gm[i].rm_eo,
					(int)tm[i].rm_so, (int)tm[i].rm_eo);
		}
	}
	regfree(&g);
	td_regfree(&t);
}

/*
 * Submatches are compared where glibc follows POSIX: no repetition applied
 * to a group and no back-reference.  Where a group is repeated, glibc lets
 * a later iteration's choice override POSIX's rule that each subexpression,
 * leftmost first, is the longest possible ("a{1,2}((b*|A)+)*|b" on
 * "AAabAAbcb": POSIX and trapdoor give \1 3-7, glibc 5-7), and with
 * back-references it misses leftmost matches ("ab.|((b)[ab]*){2}\1" on
 * "bbb": trapdoor 0-3, glibc no match).  Nor on an empty match through an
 * alternation, where glibc may take a later branch that sets no group
 * ("^(c*)|a?" on "": POSIX and trapdoor give \1 0-0, glibc -1).
 */
START_TEST(flat_submatches)
{
	char pat[512];

	for (int i = 0; i < 10000; i++) {
		struct gen g = { pat, next(2), 0, 0, 0, 1 };
		int cflags = g.ere | (next(4) ? 0 : REG_ICASE) | (next(4) ? 0 : REG_NEWLINE);

		if (next(4) == 0)
			emit_str(&g, "^");
		gen_alt(&g, 0);
		if (next(4) == 0)
			emit_str(&g, "$");
		compare(pat, cflags, 1, 1);
	}
}
END_TEST

START_TEST(generated)
{
	char pat[512];

	for (int i = 0; i < 20000; i++) {
		struct gen g = { pat, next(2), 0, 0, next(4) == 0, 0 };
		int cflags = g.ere | (next(4) ? 0 : REG_ICASE) | (next(4) ? 0 : REG_NEWLINE);

		/*
		 * Anchors only at the ends: inside, glibc lets them match in the
		 * middle of the subject ("a(a|b$a)+" matches all of "aaba").
		 */
		if (next(4) == 0)
			emit_str(&g, "^");
		gen_alt(&g, 0);
		if (next(4) == 0)
			emit_str(&g, "$");
		compare(pat, cflags, 0, 1);
	}
	printf("regex_diff: %ld subjects, %ld differ with back-references; %ld submatches compared, %ld differ\n",
		compared, bref_differ, sub_compared, sub_differ);
}
END_TEST

START_TEST(soup)
{
	static const char alphabet[] = "ab()[]{}|*+?^$\\.,-:=12 ";
	char pat[16];

	for (int i = 0; i < 50000; i++) {
		int n = next(10), k;
		for (k = 0; k < n; k++)
			pat[k] = k && pat[k - 1] == '\\' && next(2) ? "wWsSbB<>`'"[next(10)] :
				alphabet[next(sizeof alphabet - 1)];
		pat[n] = 0;
		compare(pat, next(2), 0, !strpbrk(pat + 1, "^$"));
	}
}
END_TEST

int main(void)
{
	Suite *s = suite_create("regex_diff");
	TCase *tc = tcase_create("glibc");
	SRunner *sr;
	int failed;

	tcase_set_timeout(tc, 0);
	tcase_add_test(tc, generated);
	tcase_add_test(tc, flat_submatches);
	tcase_add_test(tc, soup);
	suite_add_tcase(s, tc);
	sr = srunner_create(s);
	srunner_set_fork_status(sr, CK_NOFORK);
	srunner_run_all(sr, CK_NORMAL);
	failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return failed != 0;
}
