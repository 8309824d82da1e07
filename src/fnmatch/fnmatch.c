#define _GNU_SOURCE 1
#include <ctype.h>
#include <fnmatch.h>
#include <string.h>
#include "regex_impl.h"

/*
 * Wildcards by the classic single back-track: a mismatch retries from the
 * last *, which takes one more character.  That is enough (and linear in
 * the pattern for each start of the *), because what an earlier * matched
 * can never need to change once a later one is reached; with FNM_PATHNAME
 * no * crosses a '/', so a retry that would is the end.
 */
static int fold(int c, int flags)
{
	return flags & FNM_CASEFOLD ? tolower(c) : c;
}

/*
 * The character at *pp, after a backslash unless FNM_NOESCAPE, or named by
 * [.c.] or [=c=]; -1 at the end or for a malformed name.
 */
static int bracket_char(const unsigned char **pp, int flags)
{
	const unsigned char *p = *pp;

	if (p[0] == '[' && (p[1] == '.' || p[1] == '=')) {
		if (!p[2] || p[3] != p[1] || p[4] != ']')
			return -1;
		*pp = p + 5;
		return p[2];
	}
	if (*p == '\\' && !(flags & FNM_NOESCAPE))
		p++;
	if (!*p)
		return -1;
	*pp = p + 1;
	return *p;
}

/*
 * [...] at *pp (past the '[') against c: 1 or 0, past its ']'; -1 if it has
 * no ']'.  As in glibc, FNM_CASEFOLD folds c and the bounds to lower case
 * but tests classes on c itself.
 */
static int bracket(const char **pp, int c, int flags)
{
	const unsigned char *p = (const unsigned char *)*pp, *e;
	int negate = *p == '!' || *p == '^', match = 0, first = 1, lo, hi;
	int (*is)(int);

	for (p += negate; first || *p != ']'; first = 0) {
		if (p[0] == '[' && p[1] == ':' && (e = (const unsigned char *)strstr((const char *)p + 2, ":]"))) {
			is = __re_class((const char *)p + 2, e - (p + 2));
			match |= is && is(c);
			p = e + 2;
			continue;
		}
		if ((lo = hi = bracket_char(&p, flags)) < 0)
			return -1;
		if (p[0] == '-' && p[1] && p[1] != ']') {
			p++;
			if ((hi = bracket_char(&p, flags)) < 0)
				return -1;
		}
		match |= fold(lo, flags) <= fold(c, flags) && fold(c, flags) <= fold(hi, flags);
	}
	*pp = (const char *)p + 1;
	return match != negate;
}

/* FNM_PERIOD: a '.' that only a '.' in the pattern matches. */
static int leading_period(const char *s, const char *str, int flags)
{
	return *s == '.' && (flags & FNM_PERIOD) &&
		(s == str || ((flags & FNM_PATHNAME) && s[-1] == '/'));
}

/* One non-* pattern element at *pp against *s: 1 and past it, or 0. */
static int one(const char **pp, const char *s, const char *str, int flags)
{
	const char *p = *pp;
	int c = (unsigned char)*s, r;

	if ((flags & FNM_PATHNAME) && c == '/' && *p != '/')
		return *p == '\\' && !(flags & FNM_NOESCAPE) && p[1] == '/' ? (*pp = p + 2, 1) : 0;
	if (*p == '?' || *p == '[') {
		if (leading_period(s, str, flags))
			return 0;
		if (*p == '?')
			return *pp = p + 1, 1;
		p++;
		if ((r = bracket(&p, c, flags)) >= 0)
			return r ? (*pp = p, 1) : 0;
		p = *pp;
	}
	/* A trailing backslash matches nothing, as in glibc. */
	if (*p == '\\' && !(flags & FNM_NOESCAPE) && !*++p)
		return 0;
	if (fold((unsigned char)*p, flags) != fold(c, flags))
		return 0;
	*pp = p + 1;
	return 1;
}

int __fnmatch(const char *pattern, const char *string, int flags)
{
	const char *p = pattern, *s = string, *star_p = 0, *star_s = 0;

	for (;;) {
		if (*p == '*') {
			while (*p == '*')
				p++;
			if (leading_period(s, string, flags))
				return FNM_NOMATCH;
			star_p = p;
			star_s = s;
			continue;
		}
		if (!*p && (!*s || ((flags & FNM_LEADING_DIR) && *s == '/')))
			return 0;
		if (*p && *s && one(&p, s, string, flags)) {
			s++;
			continue;
		}
		if (!star_p || !*star_s || ((flags & FNM_PATHNAME) && *star_s == '/'))
			return FNM_NOMATCH;
		p = star_p;
		s = ++star_s;
	}
}

weak_alias(__fnmatch, fnmatch);
