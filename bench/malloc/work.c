/*
 * Allocator workloads, one per run: ./work NAME.  Built unchanged against
 * trapdoor, glibc and musl; it uses only malloc's API and write(2), so the
 * time measured is the allocator's and the program's own.
 *
 *   churn    small objects with random lifetimes (larson-like, one thread)
 *   cfrac    tiny short-lived bignums, as a factoring program makes them
 *   realloc  strings grown a few bytes at a time, vectors doubling
 *   large    blocks of 64 KB to 8 MB, a page of each touched
 *   refault  a 64 MB working set freed whole and allocated again, 40 times
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "large.h"

/* Keeps results alive, so the compiler cannot drop the work. */
static volatile unsigned long sink;

static void *must(void *p)
{
	if (!p) {
		write(2, "work: out of memory\n", 20);
		_exit(1);
	}
	return p;
}

static void churn(void)
{
	enum { SLOTS = 20000, ROUNDS = 6000000 };
	static char *slot[SLOTS];
	long i;

	for (i = 0; i < ROUNDS; i++) {
		uint64_t r = next();
		size_t k = r % SLOTS, n = r >> 40 & 7 ? 16 + (r >> 20) % 240 : 256 + (r >> 20) % 3840;

		free(slot[k]);
		slot[k] = must(malloc(n));
		slot[k][0] = (char)i;
	}
	for (i = 0; i < SLOTS; i++) {
		sink += slot[i][0];
		free(slot[i]);
	}
}

/* A bignum: a count of 32-bit limbs, then the limbs, in one block. */
struct bn {
	size_t n;
	uint32_t d[];
};

static struct bn *bn_new(size_t n)
{
	struct bn *b = must(malloc(sizeof *b + n * sizeof b->d[0]));

	b->n = n;
	return b;
}

static struct bn *bn_small(uint32_t v)
{
	struct bn *b = bn_new(1);

	b->d[0] = v;
	return b;
}

static struct bn *bn_mul(const struct bn *a, const struct bn *b)
{
	struct bn *r = bn_new(a->n + b->n);
	size_t i, j;

	memset(r->d, 0, r->n * sizeof r->d[0]);
	for (i = 0; i < a->n; i++) {
		uint64_t carry = 0;
		for (j = 0; j < b->n; j++) {
			uint64_t t = (uint64_t)a->d[i] * b->d[j] + r->d[i + j] + carry;
			r->d[i + j] = (uint32_t)t;
			carry = t >> 32;
		}
		r->d[i + b->n] = (uint32_t)carry;
	}
	while (r->n > 1 && !r->d[r->n - 1])
		r->n--;
	return r;
}

static struct bn *bn_add(const struct bn *a, const struct bn *b)
{
	size_t n = a->n > b->n ? a->n : b->n, i;
	struct bn *r = bn_new(n + 1);
	uint64_t carry = 0;

	for (i = 0; i < n; i++) {
		carry += (uint64_t)(i < a->n ? a->d[i] : 0) + (i < b->n ? b->d[i] : 0);
		r->d[i] = (uint32_t)carry;
		carry >>= 32;
	}
	r->d[n] = (uint32_t)carry;
	r->n = carry ? n + 1 : n;
	return r;
}

/* Continued-fraction-like recurrences: every step makes new numbers. */
static void cfrac(void)
{
	enum { RUNS = 40000, STEPS = 60, KEEP = 16 };
	struct bn *hist[KEEP] = { 0 };
	int run, s, k;

	for (run = 0; run < RUNS; run++) {
		struct bn *p = bn_small(1), *q = bn_small((uint32_t)next() | 1);
		for (s = 0; s < STEPS; s++) {
			struct bn *a = bn_small((uint32_t)next() % 1000 + 1);
			struct bn *t = bn_mul(a, q), *u = bn_add(t, p);
			free(a);
			free(t);
			free(p);
			p = q;
			q = u;
			k = next() % KEEP;
			free(hist[k]);
			a = bn_small(3);
			hist[k] = bn_mul(p, a);
			free(a);
			free(hist[k]);
			hist[k] = bn_add(p, q);
		}
		sink += q->d[0];
		free(p);
		free(q);
	}
	for (k = 0; k < KEEP; k++)
		free(hist[k]);
}

static void grow(void)
{
	enum { STRINGS = 64, ROUNDS = 40, LEN = 32768, VECS = 64, VEC_MAX = 1 << 16 };
	static char *str[STRINGS];
	static size_t len[STRINGS];
	static uint64_t *vec[VECS];
	int round, i;

	for (round = 0; round < ROUNDS; round++) {
		for (i = 0; i < STRINGS; i++)
			len[i] = 0;
		/* Interleaved, so that a string's neighbour is often another string. */
		while (len[STRINGS - 1] < LEN)
			for (i = 0; i < STRINGS; i++) {
				size_t add = 1 + next() % 24;
				str[i] = must(realloc(str[i], len[i] + add + 1));
				memset(str[i] + len[i], 'a' + i % 26, add);
				len[i] += add;
				str[i][len[i]] = 0;
			}
		for (i = 0; i < VECS; i++) {
			size_t cap = 4, n;
			vec[i] = must(malloc(cap * sizeof *vec[i]));
			for (n = 0; n < VEC_MAX; n++) {
				if (n == cap)
					vec[i] = must(realloc(vec[i], (cap *= 2) * sizeof *vec[i]));
				vec[i][n] = n;
			}
			sink += vec[i][VEC_MAX - 1];
		}
		for (i = 0; i < STRINGS; i++) {
			sink += str[i][len[i] / 2];
			free(str[i]);
			str[i] = 0;
		}
		for (i = 0; i < VECS; i++)
			free(vec[i]);
	}
}

static void large(void)
{
	static char *slot[LARGE_SLOTS];
	size_t n, j;
	int i;

	for (i = 0; i < LARGE_ROUNDS; i++) {
		uint64_t r = next();
		size_t k = r % LARGE_SLOTS;

		free(slot[k]);
		n = large_size(r);
		slot[k] = must(malloc(n));
		for (j = 0; j < n; j += LARGE_TOUCH)
			slot[k][j] = (char)j;
	}
	for (i = 0; i < LARGE_SLOTS; i++)
		free(slot[i]);
}

static void refault(void)
{
	enum { ROUNDS = 40, SET = 64 << 20, MAX_BLOCKS = SET / 16 };
	static char *block[MAX_BLOCKS];
	size_t used, n, count;
	int round;

	for (round = 0; round < ROUNDS; round++) {
		for (used = count = 0; used < SET; used += n, count++) {
			n = 16 + next() % 4080;
			block[count] = must(malloc(n));
			memset(block[count], 1, n);
		}
		while (count--)
			free(block[count]);
	}
}

static const struct {
	const char *name;
	void (*run)(void);
} works[] = {
	{ "churn", churn },
	{ "cfrac", cfrac },
	{ "realloc", grow },
	{ "large", large },
	{ "refault", refault },
};

int main(int argc, char **argv)
{
	size_t i;

	for (i = 0; argc > 1 && i < sizeof works / sizeof works[0]; i++)
		if (!strcmp(argv[1], works[i].name)) {
			works[i].run();
			return 0;
		}
	write(2, "usage: work churn|cfrac|realloc|large|refault\n", 46);
	return 2;
}
