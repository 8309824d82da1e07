/*
 * The regex engine's private interface.  regcomp parses a pattern into a
 * tree (struct re_node) and emits a program for a Thompson NFA (struct
 * re_inst).  regexec finds the leftmost-longest match's extent with a
 * breadth-first simulation (no back-tracking, O(program x subject)); only
 * the submatches, or a pattern with back-references, use a depth-first
 * search: on the found extent with a visited bitmap (each program point
 * and position tried once), or for back-references under a step budget.
 */
#ifndef TRAPDOOR_REGEX_IMPL_H
#define TRAPDOOR_REGEX_IMPL_H

#include <regex.h>
#include "libc.h"

enum {
	RI_CHAR, RI_ANY, RI_SET, RI_BOL, RI_EOL, RI_WORD, RI_BREF,
	RI_SPLIT, RI_JMP, RI_SAVE, RI_MARK, RI_CHECK, RI_MATCH
};

/*
 * WORD x: GNU's \< \> \b \B \` \' (x is that character).
 * SPLIT x y: both, x first.  SAVE k: slot k (2n, 2n+1: group n's ends).
 * MARK k / CHECK k y: a star whose body can match empty records where an
 * iteration began (mark k) and where the star began (mark k+1); after an
 * empty iteration it leaves the loop (to y) if both are here, else dies.
 */
struct re_inst {
	unsigned char op;
	int x, y;
};

struct re_prog {
	struct re_inst *ins;
	int len;
	unsigned char (*sets)[32];
	int nmarks;
	size_t nsub;
	int cflags;
	int has_bref;
};

/* Limits on an untrusted pattern: beyond them regcomp says REG_ESPACE. */
#define RE_MAX_INST 100000
#define RE_MAX_DEPTH 1000
#define RE_DUP_LIMIT 32767
/* Steps of the back-reference search, and bits of the visited bitmap. */
#define RE_MAX_STEPS 50000000
#define RE_MAX_BITS ((size_t)1 << 28)

/* A parse tree node; CAT and ALT list their children through next. */
struct re_node {
	unsigned char type;
	int a, b;
	int child, next;
	int height;
};

enum { RN_CHAR, RN_ANY, RN_SET, RN_BOL, RN_EOL, RN_WORD, RN_BREF, RN_EMPTY, RN_CAT, RN_ALT, RN_GROUP, RN_REP };

hidden int __re_parse(const char *pattern, int cflags, struct re_prog *prog,
	struct re_node **tree, int *root);
hidden int __re_emit(struct re_prog *prog, const struct re_node *tree, int root);
static inline int __re_set_has(const unsigned char *set, unsigned char c)
{
	return set[c >> 3] >> (c & 7) & 1;
}

hidden int __re_at_bol(const char *s, size_t pos, int cflags, int eflags);
hidden int __re_at_eol(const char *s, size_t pos, size_t len, int cflags, int eflags);
hidden int (*__re_class(const char *name, size_t len))(int);
/* fnmatch, which glob calls by its reserved name. */
hidden int __fnmatch(const char *pattern, const char *string, int flags);
hidden int __re_at_word(const char *s, size_t pos, size_t len, int kind);
hidden int __re_extent(const struct re_prog *prog, const char *s, size_t len, int eflags,
	size_t *so, size_t *eo);
hidden int __re_search(const struct re_prog *prog, const char *s, size_t len, int eflags,
	size_t start, long want_end, regoff_t *cap, long *budget);

static inline int __re_consumes(const struct re_prog *p, const struct re_inst *in, unsigned char c)
{
	switch (in->op) {
	case RI_CHAR: return c == in->x;
	case RI_ANY: return !(c == '\n' && p->cflags & REG_NEWLINE);
	default: return __re_set_has(p->sets[in->x], c);
	}
}

#endif
