/*
 * The allocator core, shared by the files of src/malloc/.  The design is written up in
 * src/malloc/DESIGN.md; this header holds the chunk layout and the state.
 *
 * A chunk is a 16-byte header followed by the caller's bytes:
 *
 *   head   size (a multiple of 16) | flags
 *   check  pad(chunk address) ^ head: pad is a keyed permutation of the
 *          address, so a header copied elsewhere or made up fails free()
 *   next, prev   free chunks only: the bin list links (a quick list's
 *                link is stored masked with the chunk's pad: link_pad)
 *   ...          free chunks larger than CHUNK_MIN end with their size
 *                (the footer), so the chunk after them can find them
 *
 * The core's entry points carry internal names so that a host program can
 * link it beside its own libc's malloc (test/unit/malloc_core.c).
 */
#ifndef TRAPDOOR_MALLOC_IMPL_H
#define TRAPDOOR_MALLOC_IMPL_H

#include <stddef.h>
#include <stdint.h>
#include "libc.h"

#define CHUNK_ALIGN 16
#define CHUNK_HDR   16
#define CHUNK_MIN   32

#define C_INUSE     1	/* allocated, or parked in a quick list */
#define C_PREV_FREE 2	/* the chunk before this one is free ... */
#define C_PREV_MIN  4	/* ... and is CHUNK_MIN long, with no room for a footer */
#define C_AUX       8	/* with C_INUSE: parked in a quick list; without: mapped */
#define C_FLAGS     15
#define C_PREV_BITS (C_PREV_FREE | C_PREV_MIN)

#define chunk_size(h) ((h) & ~(size_t)C_FLAGS)
#define is_quick(h)  (((h) & (C_INUSE | C_AUX)) == (C_INUSE | C_AUX))
#define is_mapped(h) (((h) & (C_INUSE | C_AUX)) == C_AUX)

/*
 * Chunks of mmap_threshold bytes or more get a mapping of their own, which
 * free() unmaps and realloc moves with mremap.  The threshold starts at the
 * minimum; freeing such a block raises it to the block's size (up to the
 * maximum), as glibc does: a program that frees blocks of a size will ask
 * for them again, and the heap serves those without a fault per page.
 */
#define MMAP_THRESHOLD_MIN ((size_t)256 << 10)
#define MMAP_THRESHOLD_MAX ((size_t)32 << 20)

/* Largest request: its chunk size, rounded, must not wrap or reach PTRDIFF_MAX. */
#define REQUEST_MAX ((size_t)PTRDIFF_MAX - 2 * 4096)

/* Two-level segregated fit index (TLSF): see DESIGN.md. */
#define SL_BITS   5
#define SL_COUNT  (1 << SL_BITS)
#define FL_SHIFT  (SL_BITS + 4)		/* sizes below 512 are indexed exactly */
#define FL_COUNT  (48 - FL_SHIFT + 1)	/* chunk sizes below 2^48 */

/* Small chunks freed go to per-size LIFO lists first, uncoalesced. */
#define QUICK_MAX   512
#define QUICK_BINS  (QUICK_MAX / CHUNK_ALIGN + 1)
#define QUICK_DEPTH 32

struct chunk {
	size_t head, check;
	struct chunk *next, *prev;
};

struct heap {
	int ready;
	size_t page;
	/* Keys of the header pad, from the kernel's AT_RANDOM bytes. */
	uintptr_t key[2];
	/* The top chunk [top, end) of the current region; no header of its own. */
	char *top, *end;
	/* Reserved, not yet committed: [end, reserve_end). */
	char *reserve_end;
	/* Memory from here to end has never been written: calloc skips it. */
	char *fresh;
	uint64_t fl_map;
	uint32_t sl_map[FL_COUNT];
	struct chunk *bins[FL_COUNT][SL_COUNT];
	struct chunk *quick[QUICK_BINS];
	unsigned char quick_n[QUICK_BINS];
	/* Release of free memory to the kernel, with hysteresis. */
	size_t mmap_threshold;
	size_t freed_since_trim, trim_keep, released;
	/* The top's tail from here was given back; top_clean bytes of it all. */
	char *released_from;
	size_t top_clean;
	/* Counters for tests and the design note's claims; n_scanned counts
	 * the bytes whose residency mincore was asked for. */
	size_t n_grow, n_regions, n_scanned;
};

extern hidden struct heap __heap;

/* Entry points: the public functions in src/malloc/ call these. */
hidden void *__td_malloc(size_t n);
hidden void *__td_calloc(size_t m, size_t n);
hidden void __td_free(void *p);
hidden void *__td_realloc(void *p, size_t n);
hidden void *__td_memalign(size_t align, size_t n);
hidden size_t __td_usable_size(void *p);

/* Free memory kept committed at the top, and freed between trim passes. */
#define TRIM_KEEP_MIN ((size_t)2 << 20)
#define TRIM_KEEP_MAX ((size_t)256 << 20)

/* index.c: the free chunks. */
hidden void __heap_unlink(struct chunk *c, size_t size);
hidden void __heap_make_free(struct chunk *c, size_t size, size_t clean);
hidden void __heap_use(struct chunk *c, size_t h, size_t size, size_t clean);
hidden struct chunk *__heap_fit(size_t size);
hidden void __heap_trim(void);

/* heap.c: chunks in use are passed with their (checked) head h. */
hidden void __heap_init(void);
hidden void __heap_retire_top(void);
hidden struct chunk *__heap_alloc(size_t size);
hidden void __heap_free_chunk(struct chunk *c, size_t h);
hidden struct chunk *__heap_chunk(void *p, const char *who);
hidden void __heap_check_next(struct chunk *c, size_t size);
hidden void __heap_unmap(struct chunk *c, size_t h);
hidden void __heap_shrink(struct chunk *c, size_t h, size_t size);
hidden int __heap_extend(struct chunk *c, size_t h, size_t size);

/* pages.c: memory from the kernel. */
hidden int __heap_grow(size_t need);
hidden void *__heap_map(size_t len);
hidden size_t __heap_release(char *from, char *to);
hidden size_t __heap_resident(char *from, char *to);

/* check.c: header integrity and the abort on misuse. */
hidden void __heap_seed(void);
hidden _Noreturn void __heap_fail(const char *what, const void *addr);

/*
 * The pad of the chunk at c: its address through a keyed permutation,
 * key ^ mix(address ^ key), mix a public bijection of two multiplications,
 * each followed by a shift that folds the high half into the low one
 * (Even-Mansour).  A header leaked with its address gives the pad of that
 * one address; neither key follows from it without a search of their space,
 * so a forged header for any other address is refused.  The head is XORed
 * outside the pad, so that parking and unparking a chunk, which changes only
 * its head, costs one pad, not two.
 */
static inline size_t chunk_pad(const struct chunk *c)
{
	size_t x = (uintptr_t)c ^ __heap.key[0];

#if SIZE_MAX > 0xffffffffu
	x *= (size_t)0xd6e8feb86659fd93ull;
	x ^= x >> 32;
	x *= (size_t)0xd6e8feb86659fd93ull;
	x ^= x >> 32;
#else
	x *= 0x85ebca6bu;
	x ^= x >> 16;
	x *= 0xc2b2ae35u;
	x ^= x >> 16;
#endif
	return x ^ __heap.key[1];
}

static inline void chunk_set(struct chunk *c, size_t head)
{
	c->head = head;
	c->check = chunk_pad(c) ^ head;
}

static inline int chunk_ok(const struct chunk *c)
{
	return c->check == (chunk_pad(c) ^ c->head);
}

/*
 * A parked chunk's quick-list link is stored XORed with this, from the
 * chunk's own pad: overwritten after free without the key, it unmasks to a
 * wild address.  The low bits are all set, so that a plain pointer written
 * there unmasks misaligned and is refused before it is followed.
 */
static inline uintptr_t link_pad(size_t pad)
{
	return pad | (CHUNK_ALIGN - 1);
}

/*
 * A free chunk longer than CHUNK_MIN counts, after its links, how many of
 * its bytes were given back to the kernel: the measure of what a later
 * allocation from it faults in again.
 */
static inline size_t *clean_word(struct chunk *c)
{
	return (size_t *)(c + 1);
}

static inline size_t clean_of(struct chunk *c, size_t size)
{
	return size > CHUNK_MIN ? *clean_word(c) : 0;
}

static inline struct chunk *chunk_at(void *p)
{
	return (struct chunk *)((char *)p - CHUNK_HDR);
}

static inline void *chunk_mem(struct chunk *c)
{
	return (char *)c + CHUNK_HDR;
}

static inline struct chunk *chunk_next(struct chunk *c, size_t size)
{
	return (struct chunk *)((char *)c + size);
}

static inline size_t page_up(size_t n)
{
	return (n + __heap.page - 1) & -__heap.page;
}

/* The chunk size that serves a request of n bytes (n <= REQUEST_MAX). */
static inline size_t chunk_for(size_t n)
{
	size_t s = (n + CHUNK_HDR + CHUNK_ALIGN - 1) & ~(size_t)(CHUNK_ALIGN - 1);
	return s < CHUNK_MIN ? CHUNK_MIN : s;
}

#endif
