/*
 * A randomized run of malloc, calloc, realloc, aligned_alloc and free
 * (sizes 1 B to 4 MB, fixed seed) against a shadow model: every block holds
 * a pattern unique to it, checked in full before it is freed or resized and
 * at every checkpoint, where the live blocks are also checked, sorted by
 * address, for overlap.
 */
#include <malloc.h>
#include <stdint.h>
#include "t.h"

#define OPS        1000000
#define SLOTS      4096
#define CHECKPOINT 100000
#define SEED       0x7d1a5eedc0ffee11ull
#define LARGE_MAX  ((size_t)4 << 20)

struct block {
	unsigned char *p;
	size_t n;
	uint64_t tag;
};

static struct block live[SLOTS];
static struct block *order[SLOTS];
static uint64_t rng = SEED;
static long failures;

static uint64_t next(void)
{
	rng ^= rng << 13;
	rng ^= rng >> 7;
	rng ^= rng << 17;
	return rng;
}

/* Mostly small, some medium, a few large: an allocator's usual diet. */
static size_t pick_size(void)
{
	uint64_t r = next(), d = r % 10000;

	r >>= 16;
	if (d < 7000)
		return 1 + r % 128;
	if (d < 9700)
		return 129 + r % 4000;
	if (d < 9990)
		return 4097 + r % 100000;
	return 100000 + r % (LARGE_MAX - 100000 + 1);
}

static uint64_t pattern(uint64_t tag, size_t i)
{
	return (tag + i) * 0x9e3779b97f4a7c15ull;
}

/* Word i of a block holds pattern(tag, i); a last partial word, its head. */
static void fill(struct block *b, size_t from)
{
	size_t i;
	uint64_t w;

	for (i = from / 8; i < b->n / 8; i++)
		((uint64_t *)b->p)[i] = pattern(b->tag, i);
	if (b->n % 8) {
		w = pattern(b->tag, i);
		memcpy(b->p + 8 * i, &w, b->n % 8);
	}
}

static int intact(const struct block *b, size_t n)
{
	size_t i;
	uint64_t w;

	for (i = 0; i < n / 8; i++)
		if (((uint64_t *)b->p)[i] != pattern(b->tag, i))
			return 0;
	w = pattern(b->tag, i);
	/* Byte by byte: clang would make a memcmp here a call to bcmp. */
	for (i = 0; i < n % 8; i++)
		if (b->p[n - n % 8 + i] != ((unsigned char *)&w)[i])
			return 0;
	return 1;
}

static void fail(const char *name, const char *what)
{
	if (!failures++)
		t_true(name, 0, what);
}

static int all_zero(const unsigned char *p, size_t n)
{
	while (n--)
		if (*p++)
			return 0;
	return 1;
}

static void checkpoint(void)
{
	size_t n = 0, i, j, gap;

	for (i = 0; i < SLOTS; i++)
		if (live[i].p) {
			if (!intact(&live[i], live[i].n))
				fail("checkpoint_contents", "a live block's bytes changed");
			order[n++] = &live[i];
		}
	/* Shell sort by address: no qsort needed from the library under test. */
	for (gap = n / 2; gap; gap /= 2)
		for (i = gap; i < n; i++)
			for (j = i; j >= gap && order[j - gap]->p > order[j]->p; j -= gap) {
				struct block *t = order[j];
				order[j] = order[j - gap];
				order[j - gap] = t;
			}
	for (i = 1; i < n; i++)
		if (order[i - 1]->p + order[i - 1]->n > order[i]->p)
			fail("checkpoint_no_overlap", "two live blocks overlap");
}

static void allocate(struct block *b, uint64_t tag)
{
	uint64_t how = next() % 100;
	size_t n = pick_size(), align = 0;

	if (how < 70) {
		b->p = malloc(n);
	} else if (how < 85) {
		b->p = calloc(1, n);
		if (b->p && !all_zero(b->p, n))
			fail("calloc_zeroed", "calloc returned a nonzero byte");
	} else if (how < 95) {
		align = (size_t)32 << next() % 8;
		b->p = aligned_alloc(align, n);
		if (b->p && (uintptr_t)b->p % align)
			fail("aligned_alloc_alignment", "misaligned block");
	} else {
		b->p = realloc(NULL, n);
	}
	if (!b->p) {
		fail("allocate", "allocation failed");
		return;
	}
	if ((uintptr_t)b->p % 16 || malloc_usable_size(b->p) < n)
		fail("block_shape", "block misaligned or shorter than asked");
	b->n = n;
	b->tag = tag;
	fill(b, 0);
}

int main(void)
{
	long op, allocs = 0, frees = 0, reallocs = 0;
	size_t i;

	for (op = 0; op < OPS && !failures; op++) {
		struct block *b = &live[next() % SLOTS];
		uint64_t what = next() % 100;

		if (op % CHECKPOINT == 0)
			checkpoint();
		if (!b->p) {
			allocate(b, op);
			allocs++;
		} else if (!intact(b, b->n)) {
			fail("contents", "a block's bytes changed while it was live");
		} else if (what < 60) {
			free(b->p);
			b->p = NULL;
			frees++;
		} else {
			size_t n = pick_size(), keep = n < b->n ? n : b->n;
			unsigned char *q = realloc(b->p, n);

			reallocs++;
			if (!q) {
				fail("realloc", "realloc failed");
				continue;
			}
			b->p = q;
			if (!intact(b, keep))
				fail("realloc_keeps_contents", "realloc lost bytes");
			b->n = n;
			fill(b, keep);
		}
	}
	checkpoint();
	for (i = 0; i < SLOTS; i++)
		free(live[i].p);
	t_eq("ops_run", op, OPS);
	t_true("every_kind_ran", allocs > OPS / 4 && frees > OPS / 5 && reallocs > OPS / 10,
	       "the mix of operations is off");
	t_eq("failures", failures, 0);
	return t_done();
}
