#include <regex.h>
#include <stdlib.h>
#include <string.h>
#include "regex_impl.h"

/*
 * Without back-references the extent comes from the breadth-first pass and
 * the submatches, when asked for, from a search bound to that extent.  With
 * them every start is searched in turn, leftmost first, for its longest match.
 */
static int find(const struct re_prog *p, const char *s, size_t len, int eflags,
	size_t nmatch, regoff_t *cap)
{
	long budget = RE_MAX_STEPS;
	size_t so, eo, start, i;
	int r;

	if (!p->has_bref) {
		if ((r = __re_extent(p, s, len, eflags, &so, &eo)))
			return r;
		if (nmatch > 1 && p->nsub)
			return __re_search(p, s, len, eflags, so, eo, cap, &budget);
		cap[0] = so;
		cap[1] = eo;
		return 0;
	}
	for (start = 0; start <= len; start++) {
		for (i = 0; i < 2 * (p->nsub + 1); i++)
			cap[i] = -1;
		if ((r = __re_search(p, s, len, eflags, start, -1, cap, &budget)) != REG_NOMATCH)
			return r;
	}
	return REG_NOMATCH;
}

int regexec(const regex_t *restrict preg, const char *restrict string, size_t nmatch,
	regmatch_t *restrict pmatch, int eflags)
{
	const struct re_prog *p = preg->__re_prog;
	size_t slots = 2 * (p->nsub + 1), i;
	regoff_t *cap = malloc(slots * sizeof *cap);
	int r;

	if (!cap)
		return REG_ESPACE;
	if (p->cflags & REG_NOSUB)
		nmatch = 0;
	for (i = 0; i < slots; i++)
		cap[i] = -1;
	r = find(p, string, strlen(string), eflags, nmatch, cap);
	for (i = 0; !r && i < nmatch; i++) {
		pmatch[i].rm_so = i <= p->nsub ? cap[2 * i] : -1;
		pmatch[i].rm_eo = i <= p->nsub ? cap[2 * i + 1] : -1;
	}
	free(cap);
	return r;
}
