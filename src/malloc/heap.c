/*
 * The heap: a two-level segregated-fit index over coalescing chunks, a top
 * chunk carved from the committed end of the region, quick lists in front
 * for small sizes, and own mappings for large ones.  See DESIGN.md.
 */
#include <errno.h>
#include <string.h>
#include <sys/auxv.h>
#include <sys/mman.h>
#include "malloc_impl.h"
#include "libc.h"
#include "mman.h"

#define PAGE_DEFAULT 4096

struct heap __heap;

/* The first byte of the block just allocated that is known to be zero, as
 * is everything after it: calloc clears only what lies before. */
static char *zero_from;
#define NONE_ZERO ((char *)UINTPTR_MAX)

/* The top now starts at e: account for what was fresh or given back. */
static void top_cut(char *e)
{
	size_t n = e - __heap.top;

	__heap.top = e;
	if (e > __heap.fresh)
		__heap.fresh = e;
	if (e > __heap.released_from)
		__heap.released_from = e;
	__heap.top_clean -= n < __heap.top_clean ? n : __heap.top_clean;
}

/* The top chunk is cut here; the chunk before it is always in use. */
static struct chunk *top_take(size_t size)
{
	struct chunk *c;

	if ((size_t)(__heap.end - __heap.top) < size + CHUNK_HDR && __heap_grow(size + CHUNK_HDR))
		return 0;
	c = (struct chunk *)__heap.top;
	chunk_set(c, size | C_INUSE);
	zero_from = (char *)chunk_mem(c) > __heap.fresh ? chunk_mem(c) : __heap.fresh;
	top_cut(__heap.top + size);
	return c;
}

/* Free the heap chunk c (head h, checked), coalescing with free neighbours. */
static void free_chunk(struct chunk *c, size_t h)
{
	size_t size = chunk_size(h), ps, clean = 0;
	struct chunk *n = chunk_next(c, size), *p;

	__heap.freed_since_trim += size;
	if (h & C_PREV_FREE) {
		ps = h & C_PREV_MIN ? CHUNK_MIN : ((size_t *)c)[-1];
		p = (struct chunk *)((char *)c - ps);
		if (ps % CHUNK_ALIGN || !ps || !chunk_ok(p) || p->head & C_INUSE
		    || chunk_size(p->head) != ps)
			__heap_fail("corrupted chunk before", chunk_mem(c));
		__heap_unlink(p, ps);
		clean = clean_of(p, ps);
		/* The absorbed header stays readable as free: a second free() of it is caught. */
		chunk_set(c, size);
		c = p;
		size += ps;
	}
	if ((char *)n == __heap.top) {
		chunk_set(c, size);
		__heap.top = (char *)c;
		__heap.top_clean += clean;
	} else {
		if (!(n->head & C_INUSE)) {
			size_t ns = chunk_size(n->head);
			__heap_unlink(n, ns);
			clean += clean_of(n, ns);
			size += ns;
		}
		__heap_make_free(c, size, clean);
	}
	if (__heap.freed_since_trim >= __heap.trim_keep)
		__heap_trim();
}

void __heap_free_chunk(struct chunk *c, size_t h)
{
	free_chunk(c, h);
}

/*
 * Take the first chunk of quick list q, whose chunks are size bytes long.
 * It must be parked in this very list (a link overwritten after free may
 * not hand out a live block, or one of another size), and its link well
 * formed.
 */
static inline struct chunk *quick_pop(unsigned q, size_t size)
{
	struct chunk *c = __heap.quick[q];
	size_t pad = chunk_pad(c), h = c->head;
	uintptr_t next = (uintptr_t)c->next ^ link_pad(pad);

	if (c->check != (pad ^ h) || (h & ~(size_t)C_PREV_BITS) != (size | C_INUSE | C_AUX)
	    || next % CHUNK_ALIGN)
		__heap_fail("corrupted quick list at", c);
	__heap.quick[q] = (struct chunk *)next;
	__heap.quick_n[q]--;
	h &= ~(size_t)C_AUX;
	c->head = h;
	c->check = pad ^ h;
	return c;
}

static void quick_flush(void)
{
	unsigned i;
	struct chunk *c;

	for (i = 0; i < QUICK_BINS; i++) {
		while (__heap.quick[i]) {
			c = quick_pop(i, i * CHUNK_ALIGN);
			free_chunk(c, c->head);
		}
		__heap.quick_n[i] = 0;
	}
}

void __heap_init(void)
{
	unsigned long page = __getauxval(AT_PAGESZ);

	__heap.page = page ? page : PAGE_DEFAULT;
	__heap_seed();
	__heap.trim_keep = TRIM_KEEP_MIN;
	__heap.mmap_threshold = MMAP_THRESHOLD_MIN;
	__heap.released_from = (char *)UINTPTR_MAX;
	__heap.ready = 1;
}

/* Close the current region: what is left of its top becomes a free chunk. */
void __heap_retire_top(void)
{
	char *t = __heap.top, *e = __heap.end;
	struct chunk *fence;

	if (!t)
		return;
	fence = (struct chunk *)(e - CHUNK_HDR);
	/* The fence looks like a quick-listed chunk: in use to its neighbours. */
	if ((size_t)(e - t) >= CHUNK_MIN + CHUNK_HDR) {
		chunk_set(fence, CHUNK_HDR | C_INUSE | C_AUX);
		__heap.top = e;
		__heap_make_free((struct chunk *)t, (char *)fence - t,
			  __heap.top_clean < (size_t)((char *)fence - t) ? __heap.top_clean : (size_t)((char *)fence - t));
	} else {
		chunk_set((struct chunk *)t, (size_t)(e - t) | C_INUSE | C_AUX);
	}
}

static void *map_chunk(size_t size)
{
	size_t len = page_up(size);
	struct chunk *c = __heap_map(len);

	if (!c)
		return 0;
	chunk_set(c, len | C_AUX);
	return chunk_mem(c);
}

/* A heap chunk of at least size bytes, in use, or 0. */
struct chunk *__heap_alloc(size_t size)
{
	struct chunk *c;

	if (!__heap.ready)
		__heap_init();
	/* Only a chunk cut from the top says where its zeroes start. */
	zero_from = NONE_ZERO;
	if ((c = __heap_fit(size)) || (c = top_take(size)))
		return c;
	quick_flush();
	if ((c = __heap_fit(size)) || (c = top_take(size)))
		return c;
	return 0;
}

/*
 * Not from a quick list: a successful call leaves errno as it found it.
 * Kept out of line, so that the quick-list path saves no registers.
 */
__attribute__((__noinline__)) static void *alloc_slow(size_t size)
{
	int e = errno;
	struct chunk *c;
	void *p;

	if (!__heap.ready)
		__heap_init();
	if (size >= __heap.mmap_threshold && (p = map_chunk(size))) {
		zero_from = p;
		errno = e;
		return p;
	}
	if ((c = __heap_alloc(size))) {
		errno = e;
		return chunk_mem(c);
	}
	/* The heap could not grow; a mapping of its own may still be had. */
	if (size < __heap.mmap_threshold && (p = map_chunk(size))) {
		zero_from = p;
		errno = e;
		return p;
	}
	errno = ENOMEM;
	return 0;
}

static void *alloc(size_t n)
{
	size_t size;
	unsigned q;
	struct chunk *c;

	if (n > REQUEST_MAX) {
		errno = ENOMEM;
		return 0;
	}
	size = chunk_for(n);
	q = size / CHUNK_ALIGN;
	if (size <= QUICK_MAX && __heap.quick[q]) {
		c = quick_pop(q, size);
		zero_from = NONE_ZERO;
		return chunk_mem(c);
	}
	return alloc_slow(size);
}

void *__td_malloc(size_t n)
{
	return alloc(n);
}

void *__td_calloc(size_t m, size_t n)
{
	size_t len;
	char *p;

	if (__builtin_mul_overflow(m, n, &len)) {
		errno = ENOMEM;
		return 0;
	}
	if ((p = alloc(len)) && zero_from > p)
		memset(p, 0, (size_t)(zero_from - p) < len ? (size_t)(zero_from - p) : len);
	return p;
}

/* The chunk of p, checked: aborts on a pointer malloc did not return. */
struct chunk *__heap_chunk(void *p, const char *who)
{
	struct chunk *c = chunk_at(p);

	if ((uintptr_t)p % CHUNK_ALIGN || !chunk_ok(c))
		__heap_fail(who, p);
	return c;
}

/* The chunk after c (size bytes), checked: aborts if c's owner overran it. */
static inline void check_next(struct chunk *c, size_t size)
{
	struct chunk *n = chunk_next(c, size);

	if ((char *)n != __heap.top && !chunk_ok(n))
		__heap_fail("heap overflow: the header after this block was overwritten:", chunk_mem(c));
}

void __heap_check_next(struct chunk *c, size_t size)
{
	check_next(c, size);
}

void __heap_unmap(struct chunk *c, size_t h)
{
	char *m = (char *)((uintptr_t)c & -__heap.page);
	size_t len = chunk_size(h), size = len - ((char *)c - m);

	if (size > __heap.mmap_threshold && size <= MMAP_THRESHOLD_MAX)
		__heap.mmap_threshold = size;
	__munmap(m, len);
}

/*
 * free never changes errno (POSIX.1-2024), though trim and unmap may fail.
 * Out of line, so that parking a chunk saves no registers.
 */
__attribute__((__noinline__)) static void free_slow(struct chunk *c, size_t h)
{
	int e = errno;

	if (is_mapped(h))
		__heap_unmap(c, h);
	else
		free_chunk(c, h);
	errno = e;
}

void __td_free(void *p)
{
	struct chunk *c;
	size_t h, size, pad;
	unsigned q;

	if (!p)
		return;
	/* __heap_chunk's checks, with the pad kept for parking the chunk. */
	if ((uintptr_t)p % CHUNK_ALIGN)
		__heap_fail("free(): invalid pointer", p);
	c = chunk_at(p);
	pad = chunk_pad(c);
	h = c->head;
	if (c->check != (pad ^ h))
		__heap_fail("free(): invalid pointer", p);
	if (!(h & C_INUSE)) {
		if (!is_mapped(h))
			__heap_fail("free(): double free of", p);
		free_slow(c, h);
		return;
	}
	if (h & C_AUX)
		__heap_fail("free(): double free of", p);
	size = chunk_size(h);
	check_next(c, size);
	q = size / CHUNK_ALIGN;
	if (size <= QUICK_MAX && __heap.quick_n[q] < QUICK_DEPTH) {
		h |= C_AUX;
		c->head = h;
		c->check = pad ^ h;
		c->next = (struct chunk *)((uintptr_t)__heap.quick[q] ^ link_pad(pad));
		__heap.quick[q] = c;
		__heap.quick_n[q]++;
		return;
	}
	free_slow(c, h);
}

/* Shrink the in-use heap chunk c (head h) to size bytes, freeing the tail. */
void __heap_shrink(struct chunk *c, size_t h, size_t size)
{
	size_t have = chunk_size(h);
	struct chunk *t;

	if (have - size < CHUNK_MIN)
		return;
	chunk_set(c, size | (h & C_FLAGS));
	t = chunk_next(c, size);
	chunk_set(t, (have - size) | C_INUSE);
	free_chunk(t, t->head);
}

/*
 * Grow the in-use heap chunk c (head h) in place to size bytes, from a free
 * neighbour or the top.  Returns 0 on success.
 */
int __heap_extend(struct chunk *c, size_t h, size_t size)
{
	size_t have = chunk_size(h), ns;
	struct chunk *n = chunk_next(c, have);

	if ((char *)n == __heap.top) {
		if ((size_t)(__heap.end - __heap.top) < size - have + CHUNK_HDR
		    && (__heap_grow(size - have + CHUNK_HDR) || (char *)n != __heap.top))
			return -1;
		top_cut((char *)c + size);
		chunk_set(c, size | (h & C_FLAGS));
		return 0;
	}
	if (n->head & C_INUSE || have + (ns = chunk_size(n->head)) < size)
		return -1;
	__heap_unlink(n, ns);
	__heap_use(c, (have + ns) | (h & C_FLAGS), size, clean_of(n, ns));
	return 0;
}

size_t __td_usable_size(void *p)
{
	struct chunk *c;
	size_t h;

	if (!p)
		return 0;
	c = __heap_chunk(p, "malloc_usable_size(): invalid pointer");
	h = c->head;
	if (is_mapped(h))
		return chunk_size(h) - ((uintptr_t)c & (__heap.page - 1)) - CHUNK_HDR;
	if (!(h & C_INUSE) || h & C_AUX)
		__heap_fail("malloc_usable_size(): freed pointer", p);
	return chunk_size(h) - CHUNK_HDR;
}
