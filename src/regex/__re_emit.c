#include <stdlib.h>
#include "regex_impl.h"

struct emitter {
	struct re_prog *p;
	const struct re_node *t;
	int cap;
	int err;
};

static int put(struct emitter *e, int op, int x, int y)
{
	struct re_inst *ins;

	if (e->err)
		return -1;
	if (e->p->len == e->cap) {
		int cap = e->cap ? 2 * e->cap : 64;
		if (e->cap >= RE_MAX_INST || !(ins = realloc(e->p->ins, cap * sizeof *ins))) {
			e->err = REG_ESPACE;
			return -1;
		}
		e->p->ins = ins;
		e->cap = cap;
	}
	ins = &e->p->ins[e->p->len];
	ins->op = op;
	ins->x = x;
	ins->y = y;
	return e->p->len++;
}

/* Whether node i can match the empty string (a back-reference can). */
static int nullable(const struct re_node *t, int i)
{
	int c;

	switch (t[i].type) {
	case RN_CHAR: case RN_ANY: case RN_SET:
		return 0;
	case RN_CAT:
		for (c = t[i].child; c >= 0; c = t[c].next)
			if (!nullable(t, c))
				return 0;
		return 1;
	case RN_ALT:
		for (c = t[i].child; c >= 0; c = t[c].next)
			if (nullable(t, c))
				return 1;
		return 0;
	case RN_GROUP:
		return nullable(t, t[i].child);
	case RN_REP:
		return !t[i].a || nullable(t, t[i].child);
	default:
		return 1;
	}
}

static void emit(struct emitter *e, int i);

/* Each alternative but the last: SPLIT to it or the next; a JMP to the end. */
static void emit_alt(struct emitter *e, int i)
{
	int c, split, jumps = -1, next;

	for (c = e->t[i].child; c >= 0 && !e->err; c = e->t[c].next) {
		if (e->t[c].next < 0) {
			emit(e, c);
			break;
		}
		split = put(e, RI_SPLIT, e->p->len + 1, 0);
		emit(e, c);
		next = put(e, RI_JMP, jumps, 0);
		if (e->err)
			return;
		jumps = next;
		e->p->ins[split].y = e->p->len;
	}
	for (; jumps >= 0 && !e->err; jumps = next) {
		next = e->p->ins[jumps].x;
		e->p->ins[jumps].x = e->p->len;
	}
}

/*
 * x{m,n}: m copies, then n-m optional ones (each skip goes to the end) or
 * a star.  POSIX lets a star's iteration match empty only when that is the
 * repetition's only match: where the body can match empty, each optional
 * iteration marks where it began and (with no copies before them) where
 * the first began, and an empty one ends the repetition if it was the
 * first, else dies.  The CHECKs join the SPLITs' chain of exits.
 */
static void emit_rep(struct emitter *e, int i)
{
	const struct re_node *n = &e->t[i];
	int k, loop, check = -1, mark, skips = -1, next;

	for (k = 0; k < n->a && !e->err; k++)
		emit(e, n->child);
	if (n->b < 0) {
		mark = e->p->nmarks;
		if (nullable(e->t, n->child)) {
			e->p->nmarks += 2;
			if (!n->a)
				put(e, RI_MARK, mark + 1, 0);
		}
		loop = put(e, RI_SPLIT, e->p->len + 1, 0);
		if (mark < e->p->nmarks) {
			put(e, RI_MARK, mark, 0);
			emit(e, n->child);
			check = put(e, RI_CHECK, mark, 0);
		} else {
			emit(e, n->child);
		}
		put(e, RI_JMP, loop, 0);
		if (e->err)
			return;
		e->p->ins[loop].y = e->p->len;
		if (check >= 0)
			e->p->ins[check].y = e->p->len;
		return;
	}
	mark = e->p->nmarks;
	if (k < n->b && nullable(e->t, n->child)) {
		e->p->nmarks += 2;
		if (!n->a)
			put(e, RI_MARK, mark + 1, 0);
	}
	for (; k < n->b && !e->err; k++) {
		next = put(e, RI_SPLIT, e->p->len + 1, skips);
		skips = next;
		if (mark < e->p->nmarks)
			put(e, RI_MARK, mark, 0);
		emit(e, n->child);
		if (mark < e->p->nmarks) {
			next = put(e, RI_CHECK, mark, skips);
			skips = next;
		}
	}
	for (; skips >= 0 && !e->err; skips = next) {
		next = e->p->ins[skips].y;
		e->p->ins[skips].y = e->p->len;
	}
}

static void emit(struct emitter *e, int i)
{
	const struct re_node *n = &e->t[i];
	int c;

	if (e->err)
		return;
	switch (n->type) {
	case RN_CHAR: put(e, RI_CHAR, n->a, 0); break;
	case RN_ANY: put(e, RI_ANY, 0, 0); break;
	case RN_SET: put(e, RI_SET, n->a, 0); break;
	case RN_BOL: put(e, RI_BOL, 0, 0); break;
	case RN_EOL: put(e, RI_EOL, 0, 0); break;
	case RN_WORD: put(e, RI_WORD, n->a, 0); break;
	case RN_BREF: put(e, RI_BREF, n->a, 0); break;
	case RN_CAT:
		for (c = n->child; c >= 0; c = e->t[c].next)
			emit(e, c);
		break;
	case RN_ALT: emit_alt(e, i); break;
	case RN_GROUP:
		put(e, RI_SAVE, 2 * n->a, 0);
		emit(e, n->child);
		put(e, RI_SAVE, 2 * n->a + 1, 0);
		break;
	case RN_REP: emit_rep(e, i); break;
	}
}

int __re_emit(struct re_prog *prog, const struct re_node *tree, int root)
{
	struct emitter e = { .p = prog, .t = tree };

	emit(&e, root);
	put(&e, RI_MATCH, 0, 0);
	return e.err;
}
