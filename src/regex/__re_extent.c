#include <stdlib.h>
#include "regex_impl.h"

/*
 * The leftmost-longest match's extent by a breadth-first NFA simulation.
 * Each thread carries the position where its match began; the thread list
 * stays ordered by that start (older threads first, a new one seeded last),
 * so when two threads reach the same program point at the same position
 * the earlier start wins, and it is the only one that can matter: a later
 * start can match only if the earlier one does too.  Once a match is seen,
 * threads that began after it are dropped and none are seeded; the longest
 * end of the earliest start is kept until no thread is left.
 */
struct thread {
	int pc;
	size_t start;
};

struct pike {
	const struct re_prog *p;
	const char *s;
	size_t len;
	int eflags;
	size_t *seen, gen;
	int *stack;
	int matched;
	size_t so, eo;
};

/* Adds the threads that consume a character reachable from pc at pos. */
static void pike_add(struct pike *k, struct thread *list, int *n, int pc, size_t start, size_t pos)
{
	const struct re_inst *in;
	int sp = 0;

	k->stack[sp++] = pc;
	while (sp) {
		pc = k->stack[--sp];
		if (k->seen[pc] == k->gen)
			continue;
		k->seen[pc] = k->gen;
		in = &k->p->ins[pc];
		switch (in->op) {
		case RI_JMP:
			k->stack[sp++] = in->x;
			break;
		case RI_SPLIT:
			k->stack[sp++] = in->y;
			k->stack[sp++] = in->x;
			break;
		case RI_BOL:
			if (__re_at_bol(k->s, pos, k->p->cflags, k->eflags))
				k->stack[sp++] = pc + 1;
			break;
		case RI_EOL:
			if (__re_at_eol(k->s, pos, k->len, k->p->cflags, k->eflags))
				k->stack[sp++] = pc + 1;
			break;
		case RI_WORD:
			if (__re_at_word(k->s, pos, k->len, in->x))
				k->stack[sp++] = pc + 1;
			break;
		case RI_MATCH:
			if (!k->matched || start < k->so || (start == k->so && pos > k->eo)) {
				k->matched = 1;
				k->so = start;
				k->eo = pos;
			}
			break;
		case RI_CHAR: case RI_ANY: case RI_SET:
			list[(*n)++] = (struct thread){ pc, start };
			break;
		default:
			k->stack[sp++] = pc + 1;
		}
	}
}

static int pike_run(struct pike *k, struct thread *cur, struct thread *next)
{
	struct thread *t;
	int n = 0, m, i;
	size_t pos;

	k->gen = 1;
	pike_add(k, cur, &n, 0, 0, 0);
	for (pos = 0; pos < k->len && (n || !k->matched); pos++) {
		k->gen++;
		m = 0;
		for (i = 0; i < n; i++) {
			if (k->matched && cur[i].start > k->so)
				break;
			if (__re_consumes(k->p, &k->p->ins[cur[i].pc], k->s[pos]))
				pike_add(k, next, &m, cur[i].pc + 1, cur[i].start, pos + 1);
		}
		if (!k->matched)
			pike_add(k, next, &m, 0, pos + 1, pos + 1);
		t = cur;
		cur = next;
		next = t;
		n = m;
	}
	return k->matched ? 0 : REG_NOMATCH;
}

int __re_extent(const struct re_prog *prog, const char *s, size_t len, int eflags,
	size_t *so, size_t *eo)
{
	size_t n = prog->len;
	struct pike k = { .p = prog, .s = s, .len = len, .eflags = eflags };
	struct thread *cur = malloc(n * sizeof *cur), *next = malloc(n * sizeof *next);
	int r = REG_ESPACE;

	k.seen = calloc(n, sizeof *k.seen);
	k.stack = malloc((2 * n + 2) * sizeof *k.stack);
	if (cur && next && k.seen && k.stack)
		r = pike_run(&k, cur, next);
	free(cur);
	free(next);
	free(k.seen);
	free(k.stack);
	*so = k.so;
	*eo = k.eo;
	return r;
}
