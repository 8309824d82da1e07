/*
 * regcomp/regexec/regerror/regfree: exact offsets of the match and of every
 * group (POSIX leftmost-longest, subexpressions longest from the left),
 * anchors and the REG_NEWLINE/NOTBOL/NOTEOL rules, classes, back-references,
 * intervals, glibc's error codes and texts, and patterns that would take a
 * back-tracking matcher exponential time or a naive compiler unbounded memory.
 */
#include <regex.h>
#include <stdio.h>
#include <string.h>
#include "t.h"

/* The matches as "so-eo so-eo ...", or the error's number. */
static const char *run(const char *pat, int cflags, const char *s, int eflags)
{
	static char out[256];
	regmatch_t m[10];
	regex_t re;
	size_t i, n;
	int r = regcomp(&re, pat, cflags);

	if (r) {
		snprintf(out, sizeof out, "regcomp %d", r);
		return out;
	}
	memset(m, 0x55, sizeof m);
	r = regexec(&re, s, 10, m, eflags);
	n = re.re_nsub + 1 < 10 ? re.re_nsub + 1 : 10;
	out[0] = 0;
	if (r)
		snprintf(out, sizeof out, "regexec %d", r);
	for (i = 0; !r && i < n; i++)
		snprintf(out + strlen(out), sizeof out - strlen(out), "%s%ld-%ld", i ? " " : "",
			(long)m[i].rm_so, (long)m[i].rm_eo);
	if (!r && n < 10 && (m[n].rm_so != -1 || m[n].rm_eo != -1))
		strcat(out, " (unused slot not -1)");
	regfree(&re);
	return out;
}

#define BRE 0
#define ERE REG_EXTENDED

static void leftmost_longest(void)
{
	t_str("ere_literal", run("b", ERE, "abc", 0), "1-2");
	t_str("ere_longest_alt", run("a|ab|abc", ERE, "xabcd", 0), "1-4");
	t_str("ere_leftmost_wins", run("bcd|ab", ERE, "abcd", 0), "0-2");
	t_str("ere_star_longest", run("a*", ERE, "aaab", 0), "0-3");
	t_str("ere_empty_at_0", run("a*", ERE, "baaa", 0), "0-0");
	t_str("ere_group_last_iter", run("(a|b)*", ERE, "abab", 0), "0-4 3-4");
	/* As glibc; POSIX would make \1 the longer "ab" (docs/regex.md). */
	t_str("ere_sub_alt_as_glibc", run("(ab|a)(c|bcd)", ERE, "abcd", 0), "0-4 0-1 1-4");
	t_str("ere_sub_longest_whole_first", run("(a*)(ab)*b", ERE, "aabb", 0), "0-4 0-1 1-3");
	t_str("ere_sub_star_longest", run("(a*)(a*)", ERE, "aaa", 0), "0-3 0-3 3-3");
	t_str("ere_sub_star_first", run("(a*)a", ERE, "aaa", 0), "0-3 0-2");
	t_str("ere_unset_group", run("(a)|b", ERE, "b", 0), "0-1 -1--1");
	t_str("ere_nested", run("((a)(b))+", ERE, "abab", 0), "0-4 2-4 2-3 3-4");
	t_str("ere_plus_q", run("x(a+)?(b?)y", ERE, "xaby", 0), "0-4 1-2 2-3");
	t_str("ere_interval", run("a{2,3}", ERE, "aaaa", 0), "0-3");
	t_str("ere_interval_exact", run("(ab){2}", ERE, "abababx", 0), "0-4 2-4");
	t_str("ere_interval_open", run("a{2,}", ERE, "aaaaa", 0), "0-5");
	t_str("ere_interval_none", run("a{3}", ERE, "aab", 0), "regexec 1");
	t_str("ere_brace_zero", run("a{,2}b", ERE, "aab", 0), "0-3");
	t_str("ere_empty_iteration_only", run("(a*)*", ERE, "b", 0), "0-0 0-0");
	t_str("ere_no_empty_after", run("(a*)+", ERE, "aab", 0), "0-2 0-2");
	t_str("ere_no_empty_optional", run("(a|b?){1,2}c", ERE, "ac", 0), "0-2 0-1");
	t_str("ere_dot", run("a.c", ERE, "xa\nc", 0), "1-4");
	t_str("ere_empty_pattern", run("", ERE, "abc", 0), "0-0");
	t_str("ere_empty_group", run("()a", ERE, "a", 0), "0-1 0-0");
	t_str("ere_unmatched_rparen", run("a)", ERE, "a)", 0), "0-2");
	t_str("ere_literal_brace_end", run("a}", ERE, "a}", 0), "0-2");
	t_str("bre_group", run("\\(a*\\)b", BRE, "xaab", 0), "1-4 1-3");
	t_str("bre_interval", run("a\\{2\\}", BRE, "aaa", 0), "0-2");
	t_str("bre_ops_literal", run("a+?|(", BRE, "a+?|(", 0), "0-5");
	t_str("bre_gnu_ops", run("a\\+b\\?\\|c", BRE, "xaa", 0), "1-3");
	t_str("bre_star_first", run("*a", BRE, "x*a", 0), "1-3");
	t_str("bre_star_after_caret", run("^*a", BRE, "*a", 0), "0-2");
	t_str("bre_star_in_group", run("\\(*a\\)", BRE, "*a", 0), "0-2 0-2");
	t_str("bre_caret_middle", run("a^b", BRE, "a^b", 0), "0-3");
	t_str("bre_dollar_middle", run("a$b", BRE, "a$b", 0), "0-3");
	t_str("bre_escaped", run("\\.\\*\\[\\]\\\\", BRE, "x.*[]\\", 0), "1-6");
}

static void anchors(void)
{
	t_str("caret", run("^b", ERE, "ab", 0), "regexec 1");
	t_str("dollar", run("a$", ERE, "ab", 0), "regexec 1");
	t_str("both", run("^ab$", ERE, "ab", 0), "0-2");
	t_str("newline_ordinary", run("^b", ERE, "a\nb", 0), "regexec 1");
	t_str("newline_caret", run("^b", ERE | REG_NEWLINE, "a\nb", 0), "2-3");
	t_str("newline_dollar", run("a$", ERE | REG_NEWLINE, "a\nb", 0), "0-1");
	t_str("newline_dot", run("a.b", ERE | REG_NEWLINE, "a\nb", 0), "regexec 1");
	t_str("newline_nonmatching", run("a[^x]b", ERE | REG_NEWLINE, "a\nb", 0), "regexec 1");
	t_str("newline_listed", run("a[\n]b", ERE | REG_NEWLINE, "a\nb", 0), "0-3");
	t_str("notbol", run("^a", ERE, "aa", REG_NOTBOL), "regexec 1");
	t_str("notbol_newline", run("^a", ERE | REG_NEWLINE, "a\na", REG_NOTBOL), "2-3");
	t_str("noteol", run("a$", ERE, "aa", REG_NOTEOL), "regexec 1");
	t_str("noteol_newline", run("a$", ERE | REG_NEWLINE, "a\na", REG_NOTEOL), "0-1");
	t_str("caret_in_alt", run("x|^a", ERE, "ba", 0), "regexec 1");
	t_str("empty_at_end", run("$", ERE, "abc", 0), "3-3");
}

static void brackets_and_case(void)
{
	t_str("range", run("[b-d]+", ERE, "abcde", 0), "1-4");
	t_str("negated", run("[^a-c]", ERE, "abcd", 0), "3-4");
	t_str("bracket_first", run("[]a]+", ERE, "x]a]", 0), "1-4");
	t_str("negated_bracket_first", run("[^]a]", ERE, "]ab", 0), "2-3");
	t_str("dash_ends", run("[-a]+[b-]+", ERE, "x-ab-", 0), "1-5");
	t_str("backslash_literal", run("[\\n]", ERE, "n\\", 0), "0-1");
	t_str("class_alpha", run("[[:alpha:]]+", ERE, "12abC3", 0), "2-5");
	t_str("class_digit", run("[[:digit:][:space:]]+", ERE, "ab1 2c", 0), "2-5");
	t_str("class_punct", run("[[:punct:]]", ERE, "ab,c", 0), "2-3");
	t_str("class_xdigit", run("[[:xdigit:]]+", ERE, "xfF0g", 0), "1-4");
	t_str("collating", run("[[.-.]a]+", ERE, "x-a", 0), "1-3");
	t_str("equivalence", run("[[=a=]]", ERE, "ba", 0), "1-2");
	t_str("high_bytes", run("[\x80-\xff]+", ERE, "a\xc3\xa9z", 0), "1-3");
	t_str("icase_literal", run("abc", ERE | REG_ICASE, "xAbC", 0), "1-4");
	t_str("icase_range", run("[a-c]+", ERE | REG_ICASE, "ABCd", 0), "0-3");
	t_str("icase_negated", run("[^a]", ERE | REG_ICASE, "Ab", 0), "1-2");
	t_str("icase_class", run("[[:lower:]]+", ERE | REG_ICASE, "aBc1", 0), "0-3");
	t_str("icase_bref", run("(a)\\1", ERE | REG_ICASE, "aA", 0), "0-2 0-1");
}

static void backrefs(void)
{
	t_str("bre_bref", run("\\(a*\\)b\\1", BRE, "aabaa", 0), "0-5 0-2");
	t_str("bre_bref_short", run("\\(a*\\)b\\1", BRE, "aaba", 0), "1-4 1-2");
	t_str("bre_bref_empty_leftmost", run("\\([a-z]*\\) \\1", BRE, "ab cd cd x", 0), "2-3 2-2");
	t_str("bre_bref_word", run("\\([a-z][a-z]*\\) \\1", BRE, "ab cd cd x", 0), "3-8 3-5");
	t_str("ere_bref", run("(.)\\1", ERE, "abccd", 0), "2-4 2-3");
	t_str("bref_leftmost_longest", run("(a|ab)(c|bcd)\\2", ERE, "abcdbcd", 0), "0-7 0-1 1-4");
	t_str("bref_unset_fails", run("(a)|b\\1", ERE, "b", 0), "regcomp 6");
	t_str("bref_nine", run("(a)(b)(c)(d)(e)(f)(g)(h)(i)\\9", ERE, "abcdefghii", 0),
		"0-10 0-1 1-2 2-3 3-4 4-5 5-6 6-7 7-8 8-9");
	t_str("bref_in_repeat", run("(a\\1?)*", ERE, "a", 0), "regcomp 6");
	t_str("bref_nomatch", run("(a+)b\\1", ERE, "aaba", 0), "1-4 1-2");
}

static void errors(void)
{
	static const struct { const char *pat; int cflags, code; } cases[] = {
		{ "a[b", ERE, REG_EBRACK }, { "[", ERE, REG_BADPAT }, { "[]", BRE, REG_EBRACK },
		{ "[[:alpha:", ERE, REG_EBRACK }, { "[[:nope:]]", ERE, REG_ECTYPE },
		{ "[[.ab.]]", ERE, REG_ECOLLATE }, { "[z-a]", ERE, REG_ERANGE },
		{ "[a-c-e]", ERE, REG_ERANGE }, { "[[:alpha:]-z]", ERE, REG_ERANGE },
		{ "(a", ERE, REG_EPAREN }, { "\\(a", BRE, REG_EPAREN }, { "a\\)", BRE, REG_EPAREN },
		{ "a{1", ERE, REG_EBRACE }, { "a\\{1", BRE, REG_EBRACE }, { "a{x}", ERE, REG_BADBR },
		{ "a{2,1}", ERE, REG_BADBR }, { "a{}", ERE, REG_BADBR }, { "a{32768}", ERE, REG_ESIZE },
		{ "*a", ERE, REG_BADRPT }, { "a|*b", ERE, REG_BADRPT }, { "(+a)", ERE, REG_BADRPT },
		{ "^*", ERE, REG_BADRPT }, { "a**", BRE, REG_BADRPT }, { "\\{1\\}a", BRE, REG_BADRPT },
		{ "a\\", ERE, REG_EESCAPE }, { "a\\", BRE, REG_EESCAPE }, { "\\1", BRE, REG_ESUBREG },
		{ "\\(a\\1\\)", BRE, REG_ESUBREG }, { "(a)|\\1", ERE, REG_ESUBREG },
		{ "a{1000}{1000}", ERE, REG_ESPACE },
	};
	char name[64];
	regex_t re;
	size_t i;

	for (i = 0; i < sizeof cases / sizeof *cases; i++) {
		snprintf(name, sizeof name, "error_%s_%s", cases[i].cflags ? "ere" : "bre", cases[i].pat);
		t_eq(name, regcomp(&re, cases[i].pat, cases[i].cflags), cases[i].code);
	}
}

static void messages(void)
{
	char buf[64];
	regex_t re;

	t_eq("regerror_len", regerror(REG_EBRACK, 0, buf, sizeof buf), 31);
	t_str("regerror_ebrack", buf, "Unmatched [, [^, [:, [., or [=");
	t_eq("regerror_nomatch_len", regerror(REG_NOMATCH, 0, buf, sizeof buf), 9);
	t_str("regerror_nomatch", buf, "No match");
	t_eq("regerror_truncated_len", regerror(REG_BADRPT, 0, buf, 8), 37);
	t_str("regerror_truncated", buf, "Invalid");
	t_eq("regerror_size0", regerror(REG_ESPACE, 0, 0, 0), 17);
	regerror(REG_EPAREN, 0, buf, sizeof buf);
	t_str("regerror_eparen", buf, "Unmatched ( or \\(");
	regerror(REG_BADBR, 0, buf, sizeof buf);
	t_str("regerror_badbr", buf, "Invalid content of \\{\\}");
	t_eq("regcomp_for_message", regcomp(&re, "a{1", REG_EXTENDED), REG_EBRACE);
	regerror(REG_EBRACE, &re, buf, sizeof buf);
	t_str("regerror_ebrace", buf, "Unmatched \\{");
}

static void flags(void)
{
	regmatch_t m[2] = { { 7, 7 }, { 7, 7 } };
	regex_t re;

	t_eq("nosub_comp", regcomp(&re, "(b+)", REG_EXTENDED | REG_NOSUB), 0);
	t_eq("nosub_exec", regexec(&re, "abbc", 2, m, 0), 0);
	t_true("nosub_untouched", m[0].rm_so == 7 && m[1].rm_eo == 7, "pmatch written under REG_NOSUB");
	t_eq("nosub_nomatch", regexec(&re, "ac", 0, 0, 0), REG_NOMATCH);
	regfree(&re);
	t_eq("nsub", regcomp(&re, "(a(b)|(c))\\(", REG_EXTENDED), 0);
	t_eq("nsub_count", re.re_nsub, 3);
	t_eq("nmatch_zero", regexec(&re, "xab(", 0, 0, 0), 0);
	t_eq("nmatch_one", regexec(&re, "xab(", 1, m, 0), 0);
	t_true("nmatch_one_offsets", m[0].rm_so == 1 && m[0].rm_eo == 4, "want 1-4");
	regfree(&re);
}

/* Patterns that make a back-tracking matcher exponential, and big ones. */
static void untrusted(void)
{
	static char s[40001], pat[20010];
	regex_t re;
	int i;

	memset(s, 'a', 40000);
	t_str("nested_star", run("(a*)*b", ERE, s, 0), "regexec 1");
	t_str("nested_star_sub", run("(a*)*$", ERE, s, 0), "0-40000 0-40000");
	t_str("alt_star", run("(a|aa)*c", ERE, s, 0), "regexec 1");
	t_str("counted_nest", run("((a{1,10}){1,10}){1,10}b", ERE, s, 0), "regexec 1");
	t_str("optional_chain", run("a?a?a?a?a?a?a?a?a?a?a?a?a?a?a?a?a?a?a?a?aaaaaaaaaaaaaaaaaaaa",
		ERE, "aaaaaaaaaaaaaaaaaaaa", 0), "0-20");
	for (i = 0; i < 10000; i++)
		memcpy(pat + 2 * i, "(a", 2);
	t_eq("deep_parens_unclosed", regcomp(&re, pat, REG_EXTENDED), REG_ESPACE);
	for (i = 0; i < 10000; i++)
		pat[2 * i] = '[', pat[2 * i + 1] = 'a';
	t_eq("many_brackets_unclosed", regcomp(&re, pat, REG_EXTENDED), REG_EBRACK);
	memset(pat, '*', 20000);
	pat[0] = 'a';
	pat[20000] = 0;
	t_eq("many_stars", regcomp(&re, pat, REG_EXTENDED), REG_ESPACE);
	t_eq("huge_interval", regcomp(&re, "(a{32767}){32767}", REG_EXTENDED), REG_ESPACE);
	t_eq("big_but_fine", regcomp(&re, "(ab|cd){1000}", REG_EXTENDED), 0);
	t_eq("big_but_fine_exec", regexec(&re, "abcd", 0, 0, 0), REG_NOMATCH);
	regfree(&re);
	memset(s, 'a', 30);
	s[30] = 0;
	t_eq("bref_budget", regcomp(&re, "(a*)*(a*)*(a*)*(a*)*\\1b", REG_EXTENDED), 0);
	t_eq("bref_budget_exec", regexec(&re, s, 0, 0, 0), REG_ESPACE);
	regfree(&re);
}

int main(void)
{
	leftmost_longest();
	anchors();
	brackets_and_case();
	backrefs();
	errors();
	messages();
	flags();
	untrusted();
	return t_done();
}
