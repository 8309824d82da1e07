/* fnmatch: wildcards, brackets, escapes and each flag, with exact results. */
#define _GNU_SOURCE 1
#include <fnmatch.h>
#include "t.h"

static const struct {
	const char *pat, *s;
	int flags, want;
} cases[] = {
	{ "*.c", "main.c", 0, 0 }, { "*.c", "main.h", 0, FNM_NOMATCH },
	{ "a?c", "abc", 0, 0 }, { "a?c", "ac", 0, FNM_NOMATCH },
	{ "*", "", 0, 0 }, { "", "", 0, 0 }, { "", "a", 0, FNM_NOMATCH },
	{ "a*b*c", "aXbYbZc", 0, 0 }, { "a*b*c", "aXbYbZ", 0, FNM_NOMATCH },
	{ "[a-c]x", "bx", 0, 0 }, { "[!a-c]x", "bx", 0, FNM_NOMATCH }, { "[^a-c]x", "dx", 0, 0 },
	{ "[]]", "]", 0, 0 }, { "[!]]", "]", 0, FNM_NOMATCH }, { "[a-]", "-", 0, 0 },
	{ "[[:digit:]]*", "7up", 0, 0 }, { "[[:alpha:]]", "7", 0, FNM_NOMATCH },
	{ "[[.a.]]b", "ab", 0, 0 }, { "[[=a=]]b", "ab", 0, 0 },
	{ "[ab", "[ab", 0, 0 }, { "[ab", "a", 0, FNM_NOMATCH },
	{ "\\*", "*", 0, 0 }, { "\\*", "a", 0, FNM_NOMATCH }, { "\\*", "\\*", FNM_NOESCAPE, 0 },
	{ "a\\", "a\\", 0, FNM_NOMATCH }, { "a\\", "a\\", FNM_NOESCAPE, 0 },
	{ "[\\]]", "]", 0, 0 }, { "[\\]]", "\\]", FNM_NOESCAPE, 0 },
	{ "a*", "a/b", 0, 0 }, { "a*", "a/b", FNM_PATHNAME, FNM_NOMATCH },
	{ "a?b", "a/b", FNM_PATHNAME, FNM_NOMATCH }, { "a[/]b", "a/b", FNM_PATHNAME, FNM_NOMATCH },
	{ "*/*", "a/b", FNM_PATHNAME, 0 }, { "*/b", "a/c/b", FNM_PATHNAME, FNM_NOMATCH },
	{ "*", ".profile", FNM_PERIOD, FNM_NOMATCH }, { ".*", ".profile", FNM_PERIOD, 0 },
	{ "?profile", ".profile", FNM_PERIOD, FNM_NOMATCH }, { "[.]profile", ".profile", FNM_PERIOD, FNM_NOMATCH },
	{ "a/*", "a/.b", FNM_PERIOD, 0 }, { "a/*", "a/.b", FNM_PERIOD | FNM_PATHNAME, FNM_NOMATCH },
	{ "a*", "a/.b", FNM_PERIOD, 0 },
	{ "a", "a/b/c", FNM_LEADING_DIR, 0 }, { "a*", "abc/d", FNM_LEADING_DIR | FNM_PATHNAME, 0 },
	{ "a", "ab/c", FNM_LEADING_DIR, FNM_NOMATCH },
	{ "ABC", "abc", FNM_CASEFOLD, 0 }, { "[A-C]x", "bX", FNM_CASEFOLD, 0 }, { "ABC", "abc", 0, FNM_NOMATCH },
	{ "*a*a*a*a*a*a*a*a*a*a*a*a*b", "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", 0, FNM_NOMATCH },
};

int main(void)
{
	char name[96];
	size_t i;

	for (i = 0; i < sizeof cases / sizeof *cases; i++) {
		name[0] = 0;
		strcat(name, "fnmatch ");
		strncat(name, cases[i].pat, 40);
		strcat(name, " ");
		strncat(name, cases[i].s, 40);
		t_eq(name, fnmatch(cases[i].pat, cases[i].s, cases[i].flags), cases[i].want);
	}
	return t_done();
}
