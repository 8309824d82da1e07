#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include "regex_impl.h"

/*
 * Depth-first search of the program from start, alternatives in priority
 * order (SPLIT's x first: a star takes one more iteration, an alternation
 * its left branch), on an explicit stack that also holds the records undoing
 * SAVE and MARK.  With want_end >= 0 the match must end there, the search
 * stops at the first one, and a bitmap lets each (program point, position)
 * be tried once, so the cost is bounded by program x span.  With want_end
 * < 0 (back-references, whose success depends on the captures, so no
 * bitmap) every path is tried for the longest end, under a step budget.
 */
enum { TRY, UNDO_CAP, UNDO_MARK };

struct frame {
	int kind, idx;
	regoff_t val;
};

struct search {
	const struct re_prog *p;
	const char *s;
	size_t len, start;
	int eflags;
	long want_end;
	regoff_t *cap, *best, *mark;
	unsigned char *seen;
	size_t span;
	struct frame *st;
	size_t sp, size;
	long *budget;
	int found;
};

static int push(struct search *k, int kind, int idx, regoff_t val)
{
	struct frame *st;

	if (k->sp == k->size) {
		size_t n = k->size ? 2 * k->size : 64;
		if (n > RE_MAX_BITS / sizeof *st || !(st = realloc(k->st, n * sizeof *st)))
			return REG_ESPACE;
		k->st = st;
		k->size = n;
	}
	k->st[k->sp++] = (struct frame){ kind, idx, val };
	return 0;
}

static int same(const char *a, const char *b, size_t n, int icase)
{
	if (!icase)
		return !memcmp(a, b, n);
	for (; n; n--, a++, b++)
		if (tolower((unsigned char)*a) != tolower((unsigned char)*b))
			return 0;
	return 1;
}

static int bref(struct search *k, int n, size_t *pos)
{
	regoff_t a = k->cap[2 * n], b = k->cap[2 * n + 1];

	if (a < 0 || b < 0 || k->len - *pos < (size_t)(b - a) ||
	    !same(k->s + a, k->s + *pos, b - a, k->p->cflags & REG_ICASE))
		return 0;
	*pos += b - a;
	return 1;
}

/* A match at pos: 1 stops the search, 0 goes on looking for a longer one. */
static int matched(struct search *k, size_t pos)
{
	size_t slots = 2 * (k->p->nsub + 1);

	if (k->want_end >= 0) {
		k->found = pos == (size_t)k->want_end;
		return k->found;
	}
	if (!k->found || (regoff_t)pos > k->best[1]) {
		k->found = 1;
		memcpy(k->best, k->cap, slots * sizeof *k->cap);
		k->best[1] = pos;
	}
	return pos == k->len;
}

static int visited(struct search *k, int pc, size_t pos)
{
	size_t bit;

	if (!k->seen)
		return --*k->budget < 0 ? -1 : 0;
	if (pos > (size_t)k->want_end)
		return 1;
	bit = (size_t)pc * k->span + (pos - k->start);
	if (k->seen[bit >> 3] & 1 << (bit & 7))
		return 1;
	k->seen[bit >> 3] |= 1 << (bit & 7);
	return 0;
}

/* Follows one thread until it dies (0), stops the search (1), or REG_ESPACE. */
static int follow(struct search *k, int pc, size_t pos)
{
	const struct re_inst *in;
	int v;

	for (;;) {
		if ((v = visited(k, pc, pos)))
			return v < 0 ? REG_ESPACE : 0;
		in = &k->p->ins[pc++];
		switch (in->op) {
		case RI_CHAR: case RI_ANY: case RI_SET:
			if (pos == k->len || !__re_consumes(k->p, in, k->s[pos]))
				return 0;
			pos++;
			break;
		case RI_BOL:
			if (!__re_at_bol(k->s, pos, k->p->cflags, k->eflags))
				return 0;
			break;
		case RI_EOL:
			if (!__re_at_eol(k->s, pos, k->len, k->p->cflags, k->eflags))
				return 0;
			break;
		case RI_WORD:
			if (!__re_at_word(k->s, pos, k->len, in->x))
				return 0;
			break;
		case RI_BREF:
			if (!bref(k, in->x, &pos))
				return 0;
			break;
		case RI_SPLIT:
			if (push(k, TRY, in->y, pos))
				return REG_ESPACE;
			pc = in->x;
			break;
		case RI_JMP:
			pc = in->x;
			break;
		case RI_SAVE:
			if (push(k, UNDO_CAP, in->x, k->cap[in->x]))
				return REG_ESPACE;
			k->cap[in->x] = pos;
			break;
		case RI_MARK:
			if (push(k, UNDO_MARK, in->x, k->mark[in->x]))
				return REG_ESPACE;
			k->mark[in->x] = pos;
			break;
		case RI_CHECK:
			if (k->mark[in->x] != (regoff_t)pos)
				break;
			if (k->mark[in->x + 1] != (regoff_t)pos)
				return 0;
			pc = in->y;
			break;
		case RI_MATCH:
			return matched(k, pos);
		}
	}
}

static int explore(struct search *k)
{
	struct frame f;
	int r = push(k, TRY, 0, k->start);

	while (!r && k->sp) {
		f = k->st[--k->sp];
		if (f.kind == UNDO_CAP)
			k->cap[f.idx] = f.val;
		else if (f.kind == UNDO_MARK)
			k->mark[f.idx] = f.val;
		else
			r = follow(k, f.idx, f.val);
	}
	return r == REG_ESPACE ? r : 0;
}

int __re_search(const struct re_prog *prog, const char *s, size_t len, int eflags,
	size_t start, long want_end, regoff_t *cap, long *budget)
{
	size_t slots = 2 * (prog->nsub + 1), bits = 0;
	struct search k = {
		.p = prog, .s = s, .len = len, .start = start, .eflags = eflags,
		.want_end = want_end, .cap = cap, .budget = budget,
	};
	int r = REG_ESPACE, i;

	if (want_end >= 0) {
		k.span = want_end - start + 1;
		if (k.span > RE_MAX_BITS / prog->len)
			return REG_ESPACE;
		bits = k.span * prog->len;
		k.seen = calloc(bits / 8 + 1, 1);
	}
	k.mark = malloc((prog->nmarks + 1) * sizeof *k.mark);
	k.best = malloc(slots * sizeof *k.best);
	if ((!bits || k.seen) && k.mark && k.best) {
		for (i = 0; i < prog->nmarks; i++)
			k.mark[i] = -1;
		r = explore(&k);
	}
	if (!r && !k.found)
		r = REG_NOMATCH;
	if (!r && want_end < 0)
		memcpy(cap, k.best, slots * sizeof *cap);
	if (!r) {
		cap[0] = start;
		cap[1] = want_end < 0 ? k.best[1] : want_end;
	}
	free(k.seen);
	free(k.mark);
	free(k.best);
	free(k.st);
	return r;
}
