/*
 * Unit tests of the allocator core on the host: src/malloc's private files
 * are compiled here (their entry points are __td_*, so they live beside
 * glibc's malloc), and after each step a walk over the heap checks every
 * invariant the design note states.  madvise is counted to test the
 * release hysteresis.
 */
#define _GNU_SOURCE	/* mremap */
#include <check.h>
#include <errno.h>
#include <signal.h>
#include <stdint.h>
#include <string.h>
#include <sys/mman.h>

static long madvise_calls;
int counted_madvise(void *addr, size_t len, int advice);

/*
 * The allocator calls the host's functions by the library's reserved names,
 * which here are the host's public, not hidden, functions.
 */
#include "libc.h"
#undef hidden
#define hidden
#define __getauxval getauxval
#define __getrlimit unit_getrlimit
#define __madvise counted_madvise
#define __mincore mincore
#define __mmap mmap
#define __mprotect mprotect
#define __mremap mremap
#define __munmap munmap
#define __write write

#include "../../src/malloc/check.c"
#include "../../src/malloc/index.c"
#include "../../src/malloc/heap.c"
#include "../../src/malloc/pages.c"
#include "../../src/malloc/resize.c"
#include "../../src/malloc/align.c"

#undef __madvise

/* glibc's getrlimit takes an enum: the library's int goes through here. */
int unit_getrlimit(int resource, struct rlimit *rlim)
{
	return getrlimit(resource, rlim);
}

int counted_madvise(void *addr, size_t len, int advice)
{
	madvise_calls++;
	return madvise(addr, len, advice);
}

static uint64_t rng = 0x243f6a8885a308d3ull;

static uint64_t next(void)
{
	rng ^= rng << 13;
	rng ^= rng >> 7;
	rng ^= rng << 17;
	return rng;
}

static int in_bin(struct chunk *c)
{
	unsigned fl, sl;
	struct chunk *x;

	mapping(chunk_size(c->head), &fl, &sl);
	for (x = __heap.bins[fl][sl]; x; x = x->next)
		if (x == c)
			return 1;
	return 0;
}

static size_t bin_count(void)
{
	size_t n = 0;
	unsigned fl, sl;
	struct chunk *x;

	for (fl = 0; fl < FL_COUNT; fl++)
		for (sl = 0; sl < SL_COUNT; sl++) {
			ck_assert_int_eq(!!__heap.bins[fl][sl], __heap.sl_map[fl] >> sl & 1);
			for (x = __heap.bins[fl][sl]; x; x = x->next)
				n++;
		}
	return n;
}

/* Every chunk of the current span, from its base to the top. */
static void walk(void)
{
	char *at = span_base;
	int prev_free = 0;
	size_t prev_size = 0, frees = 0, h, size;
	struct chunk *c;

	if (!at)
		return;
	while (at < __heap.top) {
		c = (struct chunk *)at;
		h = c->head;
		size = chunk_size(h);
		ck_assert_msg(chunk_ok(c), "bad check word at %p", (void *)c);
		ck_assert_msg(size >= CHUNK_MIN || (h & C_INUSE && h & C_AUX), "short chunk");
		ck_assert_uint_eq(size % CHUNK_ALIGN, 0);
		if (h & C_INUSE || is_mapped(h)) {
			ck_assert_msg(!is_mapped(h), "a mapped chunk inside the heap");
			ck_assert_uint_eq(!!(h & C_PREV_FREE), prev_free);
			ck_assert_uint_eq(!!(h & C_PREV_MIN), prev_free && prev_size == CHUNK_MIN);
			prev_free = 0;
		} else {
			ck_assert_msg(!prev_free, "two free chunks side by side at %p", (void *)c);
			ck_assert_msg(in_bin(c), "free chunk %p not in its bin", (void *)c);
			if (size > CHUNK_MIN)
				ck_assert_uint_eq(((size_t *)(at + size))[-1], size);
			prev_free = 1;
			frees++;
		}
		prev_size = size;
		at += size;
	}
	ck_assert_ptr_eq(at, __heap.top);
	ck_assert_msg(!prev_free, "a free chunk before the top");
	ck_assert_uint_le((uintptr_t)__heap.top, (uintptr_t)__heap.end);
	ck_assert_uint_le((uintptr_t)__heap.end, (uintptr_t)__heap.reserve_end);
	if (__heap.n_regions <= 1)
		ck_assert_uint_eq(frees, bin_count());
}

START_TEST(index_boundaries)
{
	unsigned fl, sl, f2, s2;
	size_t s, lower;

	for (fl = 0; fl < FL_COUNT; fl++)
		for (sl = 0; sl < SL_COUNT; sl++) {
			if (fl == 0)
				lower = (size_t)sl * CHUNK_ALIGN;
			else
				lower = (size_t)(SL_COUNT + sl) << (fl + FL_SHIFT - 1 - SL_BITS);
			if (!lower)
				continue;
			mapping(lower, &f2, &s2);
			ck_assert_uint_eq(f2 * SL_COUNT + s2, fl * SL_COUNT + sl);
			mapping(lower - CHUNK_ALIGN, &f2, &s2);
			if (lower > CHUNK_ALIGN)
				ck_assert_uint_lt(f2 * SL_COUNT + s2, fl * SL_COUNT + sl);
		}
	/* A search for s starts at a list whose every chunk holds s. */
	for (s = CHUNK_MIN; s < ((size_t)1 << 40); s += s / 7 / CHUNK_ALIGN * CHUNK_ALIGN + CHUNK_ALIGN) {
		size_t r = s < (size_t)1 << FL_SHIFT ? s : s + ((size_t)1 << (log2_floor(s) - SL_BITS)) - 1;
		mapping(r, &fl, &sl);
		lower = fl ? (size_t)(SL_COUNT + sl) << (fl + FL_SHIFT - 1 - SL_BITS) : sl * CHUNK_ALIGN;
		ck_assert_uint_ge(lower, s);
	}
}
END_TEST

START_TEST(coalesce_both_sides)
{
	char *a = __td_malloc(1000), *b = __td_malloc(1000), *c = __td_malloc(1000);
	char *d = __td_malloc(1000);
	struct chunk *ca = chunk_at(a);

	__td_free(a);
	__td_free(c);
	walk();
	ck_assert_uint_eq(bin_count(), 2);
	__td_free(b);
	walk();
	ck_assert_uint_eq(bin_count(), 1);
	ck_assert_uint_eq(chunk_size(ca->head), 3 * chunk_for(1000));
	ck_assert(chunk_at(d)->head & C_PREV_FREE);
	__td_free(d);
	walk();
	ck_assert_ptr_eq(__heap.top, (char *)ca);
	ck_assert_uint_eq(bin_count(), 0);
}
END_TEST

START_TEST(split_and_min_chunk)
{
	char *a = __td_malloc(200), *guard = __td_malloc(1);
	char *b;

	__td_free(a);
	ck_assert_ptr_eq(__td_malloc(200), a);
	/* Quick lists full: the next free goes to the index. */
	for (int i = 0; i < QUICK_BINS; i++)
		__heap.quick_n[i] = QUICK_DEPTH;
	__td_free(a);
	/* a is a 224-byte chunk: a 176-byte request leaves a CHUNK_MIN rest. */
	b = __td_malloc(224 - CHUNK_MIN - CHUNK_HDR);
	ck_assert_ptr_eq(b, a);
	walk();
	ck_assert(chunk_at(guard)->head & C_PREV_MIN);
	__td_free(guard);
	walk();
	__td_free(b);
	walk();
}
END_TEST

START_TEST(quick_lists_reuse)
{
	char *a = __td_malloc(40), *b = __td_malloc(40);

	__td_free(a);
	__td_free(b);
	ck_assert(is_quick(chunk_at(a)->head));
	ck_assert_ptr_eq(__td_malloc(40), b);
	ck_assert_ptr_eq(__td_malloc(33), a);
	walk();
}
END_TEST

START_TEST(random_against_walk)
{
	enum { SLOTS = 512, OPS = 200000 };
	static char *p[SLOTS];
	static size_t n[SLOTS];
	int op, i;

	for (op = 0; op < OPS; op++) {
		i = next() % SLOTS;
		if (p[i]) {
			ck_assert_uint_ge(__td_usable_size(p[i]), n[i]);
			ck_assert_int_eq((unsigned char)p[i][n[i] - 1], (unsigned char)i);
			if (next() % 3) {
				__td_free(p[i]);
				p[i] = 0;
				continue;
			}
			n[i] = 1 + next() % (next() % 8 ? 600 : 70000);
			p[i] = __td_realloc(p[i], n[i]);
		} else {
			n[i] = 1 + next() % (next() % 8 ? 600 : 70000);
			p[i] = next() % 4 ? __td_malloc(n[i]) : __td_memalign(64 << next() % 6, n[i]);
		}
		ck_assert_ptr_nonnull(p[i]);
		p[i][n[i] - 1] = (char)i;
		if (op % 1000 == 0)
			walk();
	}
	walk();
	for (i = 0; i < SLOTS; i++)
		__td_free(p[i]);
	quick_flush();
	walk();
	ck_assert_uint_eq(bin_count(), 0);
	ck_assert_ptr_eq(__heap.top, span_base);
}
END_TEST

START_TEST(realloc_in_place)
{
	char *a = __td_malloc(1000), *b = __td_malloc(3000), *c = __td_malloc(10);

	__td_free(b);
	ck_assert_ptr_eq(__td_realloc(a, 3500), a);
	walk();
	ck_assert_ptr_eq(__td_realloc(a, 100), a);
	walk();
	ck_assert_ptr_eq(__td_realloc(c, 200000), c);
	walk();
	ck_assert_ptr_eq(__td_realloc(c, 50), c);
	walk();
}
END_TEST

START_TEST(realloc_moves_with_room_to_grow)
{
	char *a = __td_malloc(1000), *b = __td_malloc(10), *m;

	(void)b;
	memset(a, 7, 1000);
	m = __td_realloc(a, 2000);
	ck_assert_ptr_ne(m, a);
	ck_assert_uint_ge(__td_usable_size(m), 2000 + 2000 / 4);
	ck_assert_int_eq(m[999], 7);
	/* The room is there: the next steps stay in place. */
	ck_assert_ptr_eq(__td_realloc(m, 2400), m);
	walk();
}
END_TEST

START_TEST(freed_mapping_raises_threshold)
{
	size_t big = 1 << 20;
	char *a = __td_malloc(big), *b;

	ck_assert(is_mapped(chunk_at(a)->head));
	__td_free(a);
	ck_assert_uint_ge(__heap.mmap_threshold, big);
	b = __td_malloc(big);
	ck_assert(!is_mapped(chunk_at(b)->head));
	__td_free(b);
	a = __td_malloc(MMAP_THRESHOLD_MAX + 1);
	ck_assert(is_mapped(chunk_at(a)->head));
	/* Grown, a mapped block stays mapped (mremap), whatever the threshold. */
	b = __td_malloc(big);
	ck_assert(!is_mapped(chunk_at(b)->head));
	__td_free(a);
	a = __td_malloc(MMAP_THRESHOLD_MIN);
	__td_free(b);
	__td_free(a);
	ck_assert_uint_le(__heap.mmap_threshold, MMAP_THRESHOLD_MAX);
	walk();
}
END_TEST

START_TEST(mapped_block_grows_by_mremap)
{
	char *a = __td_malloc(MMAP_THRESHOLD_MIN), *b = __td_malloc(8 << 20);

	ck_assert(is_mapped(chunk_at(a)->head) && is_mapped(chunk_at(b)->head));
	a[0] = 'x';
	__td_free(b);
	ck_assert_uint_ge(__heap.mmap_threshold, 8 << 20);
	/* Below the risen threshold, growing still moves pages, not bytes. */
	a = __td_realloc(a, 2 * MMAP_THRESHOLD_MIN);
	ck_assert(is_mapped(chunk_at(a)->head));
	ck_assert_int_eq(a[0], 'x');
	/* Shrunk well below it, the block moves to the heap. */
	a = __td_realloc(a, 100);
	ck_assert(!is_mapped(chunk_at(a)->head));
	ck_assert_int_eq(a[0], 'x');
}
END_TEST

START_TEST(memalign_in_heap)
{
	size_t align;
	char *p;

	for (align = 32; align <= 65536; align *= 2) {
		p = __td_memalign(align, 100);
		ck_assert_uint_eq((uintptr_t)p % align, 0);
		ck_assert(!is_mapped(chunk_at(p)->head));
		walk();
	}
}
END_TEST

START_TEST(growth_is_geometric)
{
	enum { BLOCK = 65536, COUNT = 4096 };	/* 256 MB */
	int i;

	for (i = 0; i < COUNT; i++)
		ck_assert_ptr_nonnull(__td_malloc(BLOCK));
	ck_assert_uint_eq(__heap.n_regions, 1);
	ck_assert_uint_le(__heap.n_grow, 12);
	walk();
}
END_TEST

START_TEST(calloc_skips_fresh_memory_only)
{
	char *p = __td_calloc(1, 10000);

	ck_assert_ptr_eq(zero_from, p);
	ck_assert_int_eq(p[9999], 0);
	memset(p, 0xff, 10000);
	__td_free(p);
	p = __td_calloc(1, 10000);
	ck_assert_ptr_ne(zero_from, p);
	for (int i = 0; i < 10000; i++)
		ck_assert_int_eq(p[i], 0);
}
END_TEST

/* Free everything and allocate it again, four times: one release at most. */
START_TEST(release_hysteresis)
{
	enum { BLOCK = 4000, COUNT = 16384 };	/* 64 MB */
	static char *p[COUNT];
	long after_first = 0;
	int round, i;

	for (round = 0; round < 4; round++) {
		for (i = 0; i < COUNT; i++) {
			p[i] = __td_malloc(BLOCK);
			memset(p[i], 1, BLOCK);
		}
		for (i = 0; i < COUNT; i++)
			__td_free(p[i]);
		if (round == 0) {
			after_first = madvise_calls;
			ck_assert_int_ge(after_first, 1);
		}
	}
	ck_assert_int_eq(madvise_calls, after_first);
	ck_assert_uint_ge(__heap.trim_keep, (size_t)32 << 20);
	walk();
}
END_TEST

/* Memory committed but never handed out holds no page: trim does not look. */
START_TEST(trim_skips_unwritten_memory)
{
	enum { BLOCK = 4000, COUNT = 4096 };	/* 16 MB */
	static char *p[COUNT];
	size_t written;
	int i;

	for (i = 0; i < COUNT; i++) {
		p[i] = __td_malloc(BLOCK);
		memset(p[i], 1, BLOCK);
	}
	/* 1 GB more committed, never handed out. */
	ck_assert_int_eq(__heap_grow(__heap.end - __heap.top + ((size_t)1 << 30)), 0);
	written = __heap.fresh - (char *)p[0];
	for (i = 0; i < COUNT; i++)
		__td_free(p[i]);
	ck_assert_uint_ge(madvise_calls, 1);
	/* Passes rescan the runs they gave back: a few times what was written. */
	ck_assert_uint_le(__heap.n_scanned, 8 * written);
	walk();
}
END_TEST

START_TEST(new_span_when_reservation_is_used_up)
{
	enum { BLOCK = 100000, COUNT = 64 };
	char *p[COUNT], *old_end;
	int i;

	p[0] = __td_malloc(BLOCK);
	/* Pretend the span ends here: growth must find more address space. */
	__heap.reserve_end = old_end = __heap.end;
	for (i = 1; i < COUNT; i++) {
		p[i] = __td_malloc(BLOCK);
		ck_assert_ptr_nonnull(p[i]);
		memset(p[i], 1, BLOCK);
	}
	ck_assert(__heap.reserve_end > old_end || __heap.n_regions == 2);
	walk();
	for (i = 0; i < COUNT; i++)
		__td_free(p[i]);
	ck_assert_ptr_nonnull(__td_malloc(1000));
	walk();
}
END_TEST

START_TEST(double_free_aborts)
{
	char *a = __td_malloc(3000), *b = __td_malloc(10);

	(void)b;
	__td_free(a);
	__td_free(a);
}
END_TEST

START_TEST(forged_header_aborts)
{
	static size_t fake[8] __attribute__((aligned(16)));

	fake[0] = 64 | C_INUSE;
	fake[1] = chunk_pad((struct chunk *)fake) ^ fake[0] ^ 1;
	__td_free(fake + 2);
}
END_TEST

/* A link rewritten with the right mask still may not reach a live block. */
START_TEST(quick_link_to_live_chunk_aborts)
{
	char *live = __td_malloc(200), *a = __td_malloc(24);
	struct chunk *c = chunk_at(a);

	__td_free(a);
	c->next = (struct chunk *)((uintptr_t)chunk_at(live) ^ link_pad(chunk_pad(c)));
	ck_assert_ptr_eq(__td_malloc(24), a);
	__td_malloc(24);
}
END_TEST

START_TEST(overflow_aborts)
{
	char *a = __td_malloc(100), *b = __td_malloc(100);

	(void)b;
	memset(a, 0, __td_usable_size(a) + 1);
	__td_free(a);
}
END_TEST

START_TEST(corrupted_free_list_aborts)
{
	char *a = __td_malloc(3000), *b = __td_malloc(10);

	(void)b;
	__td_free(a);
	/* A use after free rewrites the list link. */
	((struct chunk *)chunk_at(a))->next = (struct chunk *)b;
	__td_malloc(3000);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("malloc_core");
	TCase *t = tcase_create("heap");
	TCase *h = tcase_create("hardening");
	SRunner *r;
	int failed;

	/* No time limit (0): a loaded machine may take any time; the driver guards against hangs. */
	tcase_set_timeout(t, 0);
	tcase_set_timeout(h, 0);
	tcase_add_test(t, index_boundaries);
	tcase_add_test(t, coalesce_both_sides);
	tcase_add_test(t, split_and_min_chunk);
	tcase_add_test(t, quick_lists_reuse);
	tcase_add_test(t, trim_skips_unwritten_memory);
	tcase_add_test(t, random_against_walk);
	tcase_add_test(t, realloc_in_place);
	tcase_add_test(t, realloc_moves_with_room_to_grow);
	tcase_add_test(t, freed_mapping_raises_threshold);
	tcase_add_test(t, mapped_block_grows_by_mremap);
	tcase_add_test(t, memalign_in_heap);
	tcase_add_test(t, growth_is_geometric);
	tcase_add_test(t, calloc_skips_fresh_memory_only);
	tcase_add_test(t, release_hysteresis);
	tcase_add_test(t, new_span_when_reservation_is_used_up);
	tcase_add_test_raise_signal(h, double_free_aborts, SIGABRT);
	tcase_add_test_raise_signal(h, forged_header_aborts, SIGABRT);
	tcase_add_test_raise_signal(h, overflow_aborts, SIGABRT);
	tcase_add_test_raise_signal(h, quick_link_to_live_chunk_aborts, SIGABRT);
	tcase_add_test_raise_signal(h, corrupted_free_list_aborts, SIGABRT);
	suite_add_tcase(s, t);
	suite_add_tcase(s, h);
	r = srunner_create(s);
	srunner_run_all(r, CK_NORMAL);
	failed = srunner_ntests_failed(r);
	srunner_free(r);
	return failed ? 1 : 0;
}
