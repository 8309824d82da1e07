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

/* Free memory kept committed at the top, and between trim passes. */
#define TRIM_KEEP_MIN ((size_t)2 << 20)
#define TRIM_KEEP_MAX ((size_t)256 << 20)
/* Free chunks at least this long give their inner pages back. */
#define RELEASE_RUN ((size_t)1 << 20)
#define PAGE_DEFAULT 4096
/* Chunks of a request's own list tried before the next list up. */
#define EXACT_LIST_SCAN 8
#define PREV_BITS (C_PREV_FREE | C_PREV_MIN)

struct heap __heap;

/* The first byte of the block just allocated that is known to be zero, as
 * is everything after it: calloc clears only what lies before. */
static char *zero_from;
#define NONE_ZERO ((char *)UINTPTR_MAX)

static unsigned log2_floor(size_t s)
{
	return sizeof(long long) * 8 - 1 - __builtin_clzll(s);
}

static void mapping(size_t s, unsigned *fl, unsigned *sl)
{
	unsigned f;

	if (s < (size_t)1 << FL_SHIFT) {
		*fl = 0;
		*sl = s / CHUNK_ALIGN;
		return;
	}
	f = log2_floor(s);
	*fl = f - FL_SHIFT + 1;
	*sl = (s >> (f - SL_BITS)) & (SL_COUNT - 1);
}

static void bin_insert(struct chunk *c, size_t size)
{
	unsigned fl, sl;
	struct chunk *h;

	mapping(size, &fl, &sl);
	h = __heap.bins[fl][sl];
	c->next = h;
	c->prev = 0;
	if (h)
		h->prev = c;
	__heap.bins[fl][sl] = c;
	__heap.fl_map |= 1ull << fl;
	__heap.sl_map[fl] |= 1u << sl;
}

static void bin_remove(struct chunk *c, size_t size)
{
	unsigned fl, sl;
	struct chunk *n = c->next, *p = c->prev;

	mapping(size, &fl, &sl);
	if ((n && n->prev != c) || (p ? p->next != c : __heap.bins[fl][sl] != c))
		__heap_fail("corrupted free list at", c);
	if (n)
		n->prev = p;
	if (p) {
		p->next = n;
	} else if (!(__heap.bins[fl][sl] = n)) {
		__heap.sl_map[fl] &= ~(1u << sl);
		if (!__heap.sl_map[fl])
			__heap.fl_map &= ~(1ull << fl);
	}
}

static void set_prev_bits(struct chunk *n, size_t bits)
{
	if ((char *)n != __heap.top && (n->head & PREV_BITS) != bits)
		chunk_set(n, (n->head & ~(size_t)PREV_BITS) | bits);
}

/*
 * A free chunk longer than CHUNK_MIN counts, after its links, how many of
 * its bytes were given back to the kernel: the measure of what a later
 * allocation from it faults in again.
 */
static size_t *clean_word(struct chunk *c)
{
	return (size_t *)(c + 1);
}

static size_t clean_of(struct chunk *c, size_t size)
{
	return size > CHUNK_MIN ? *clean_word(c) : 0;
}

/*
 * n released bytes are in use again.  When half of what was given back
 * comes back, the program frees and re-allocates the same amount in a loop:
 * keep that much from now on, rather than pay the faults every time.
 */
static void refault(size_t n)
{
	size_t keep;

	if (!n || !__heap.released)
		return;
	__heap.refaulted += n;
	if (__heap.refaulted * 2 < __heap.released)
		return;
	keep = __heap.trim_keep * 2;
	if (keep < __heap.released)
		keep = __heap.released;
	__heap.trim_keep = keep < TRIM_KEEP_MAX ? keep : TRIM_KEEP_MAX;
	__heap.released = __heap.refaulted = 0;
}

/* Make [c, c + size) a free chunk in the index; its predecessor is in use. */
static void make_free(struct chunk *c, size_t size, size_t clean)
{
	chunk_set(c, size);
	if (size > CHUNK_MIN) {
		*clean_word(c) = clean;
		((size_t *)((char *)c + size))[-1] = size;
	}
	set_prev_bits(chunk_next(c, size), size > CHUNK_MIN ? C_PREV_FREE : PREV_BITS);
	bin_insert(c, size);
}

/* Give c, in use with head h, size bytes of it, and free the rest; clean
 * bytes of it had been given back (they are taken as lying in front). */
static void use(struct chunk *c, size_t h, size_t size, size_t clean)
{
	size_t have = chunk_size(h), rest = have - size;
	size_t rest_clean = clean > size ? clean - size : 0;

	if (rest >= CHUNK_MIN) {
		chunk_set(c, size | C_INUSE | (h & PREV_BITS));
		refault(clean - rest_clean);
		make_free(chunk_next(c, size), rest, rest_clean);
	} else {
		refault(clean);
		chunk_set(c, have | C_INUSE | (h & PREV_BITS));
		set_prev_bits(chunk_next(c, have), 0);
	}
}

/* A chunk of at least size bytes from the index, or 0. */
static struct chunk *bins_take(size_t size)
{
	unsigned fl, sl, n;
	uint32_t sm;
	uint64_t fm;
	struct chunk *c;

	/*
	 * A chunk of size's own list may fit: the first few are tried, so that
	 * a block freed and asked for again at the same size is reused rather
	 * than cut anew.  Otherwise round up to the next list, where every
	 * chunk fits.
	 */
	mapping(size, &fl, &sl);
	if (fl >= FL_COUNT)
		return 0;
	for (c = __heap.bins[fl][sl], n = 0; c && n < EXACT_LIST_SCAN; c = c->next, n++)
		if (chunk_size(c->head) >= size)
			goto found;
	if (size >= (size_t)1 << FL_SHIFT)
		mapping(size + ((size_t)1 << (log2_floor(size) - SL_BITS)) - 1, &fl, &sl);
	if (fl >= FL_COUNT)
		return 0;
	sm = __heap.sl_map[fl] & (~0u << sl);
	if (!sm) {
		fm = fl + 1 < FL_COUNT ? __heap.fl_map & (~0ull << (fl + 1)) : 0;
		if (!fm)
			return 0;
		fl = __builtin_ctzll(fm);
		sm = __heap.sl_map[fl];
	}
	sl = __builtin_ctz(sm);
	c = __heap.bins[fl][sl];
found:
	if (!chunk_ok(c) || c->head & C_INUSE)
		__heap_fail("corrupted free chunk at", c);
	bin_remove(c, chunk_size(c->head));
	use(c, chunk_size(c->head) | C_INUSE, size, clean_of(c, chunk_size(c->head)));
	zero_from = NONE_ZERO;
	return c;
}

/* The top now starts at e: account for what was fresh or given back. */
static void top_cut(char *e)
{
	size_t n = e - __heap.top, r = n < __heap.top_clean ? n : __heap.top_clean;

	__heap.top = e;
	if (e > __heap.fresh)
		__heap.fresh = e;
	if (e > __heap.released_from)
		__heap.released_from = e;
	__heap.top_clean -= r;
	refault(r);
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

/* Give back what lies free beyond the keep: the top's tail, long free runs. */
static void trim(void)
{
	char *from = __heap.top + page_up(__heap.trim_keep);
	char *to = __heap.released_from < __heap.end ? __heap.released_from : __heap.end;
	size_t run = RELEASE_RUN > 2 * __heap.trim_keep ? RELEASE_RUN : 2 * __heap.trim_keep;
	size_t size, clean;
	unsigned fl, sl, f0, s0;
	struct chunk *c;

	__heap.freed_since_trim = 0;
	if (to > from && (size_t)(to - from) >= __heap.trim_keep) {
		__heap_release(from, to);
		__heap.released += to - from;
		__heap.top_clean += to - from;
		__heap.released_from = from;
	}
	/* Runs inside the heap are held to twice the keep: the same hysteresis. */
	mapping(run, &f0, &s0);
	for (fl = f0; fl < FL_COUNT; fl++) {
		if (!(__heap.fl_map >> fl & 1))
			continue;
		for (sl = fl == f0 ? s0 : 0; sl < SL_COUNT; sl++)
			for (c = __heap.bins[fl][sl]; c; c = c->next) {
				size = chunk_size(c->head);
				clean = *clean_word(c);
				if (size < run || size - clean < RELEASE_RUN)
					continue;
				__heap_release((char *)(clean_word(c) + 1), (char *)c + size - sizeof(size_t));
				__heap.released += size - clean;
				*clean_word(c) = size;
			}
	}
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
		bin_remove(p, ps);
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
			bin_remove(n, ns);
			clean += clean_of(n, ns);
			size += ns;
		}
		make_free(c, size, clean);
	}
	if (__heap.freed_since_trim >= __heap.trim_keep)
		trim();
}

void __heap_free_chunk(struct chunk *c, size_t h)
{
	free_chunk(c, h);
}

static void quick_flush(void)
{
	unsigned i;
	struct chunk *c;

	for (i = 0; i < QUICK_BINS; i++) {
		while ((c = __heap.quick[i])) {
			__heap.quick[i] = c->next;
			free_chunk(c, c->head & ~(size_t)C_AUX);
		}
		__heap.quick_n[i] = 0;
	}
}

void __heap_init(void)
{
	unsigned long page = getauxval(AT_PAGESZ);

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
		make_free((struct chunk *)t, (char *)fence - t,
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
	if ((c = bins_take(size)) || (c = top_take(size)))
		return c;
	quick_flush();
	if ((c = bins_take(size)) || (c = top_take(size)))
		return c;
	return 0;
}

static void *alloc(size_t n)
{
	size_t size;
	unsigned q;
	struct chunk *c;
	void *p;

	if (n > REQUEST_MAX) {
		errno = ENOMEM;
		return 0;
	}
	size = chunk_for(n);
	q = size / CHUNK_ALIGN;
	if (size <= QUICK_MAX && (c = __heap.quick[q])) {
		if (!chunk_ok(c))
			__heap_fail("corrupted quick list at", c);
		__heap.quick[q] = c->next;
		__heap.quick_n[q]--;
		chunk_set(c, c->head & ~(size_t)C_AUX);
		zero_from = NONE_ZERO;
		return chunk_mem(c);
	}
	if (!__heap.ready)
		__heap_init();
	if (size >= __heap.mmap_threshold && (p = map_chunk(size))) {
		zero_from = p;
		return p;
	}
	if ((c = __heap_alloc(size)))
		return chunk_mem(c);
	/* The heap could not grow; a mapping of its own may still be had. */
	if (size < __heap.mmap_threshold && (p = map_chunk(size))) {
		zero_from = p;
		return p;
	}
	errno = ENOMEM;
	return 0;
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
void __heap_check_next(struct chunk *c, size_t size)
{
	struct chunk *n = chunk_next(c, size);

	if ((char *)n != __heap.top && !chunk_ok(n))
		__heap_fail("heap overflow: the header after this block was overwritten:", chunk_mem(c));
}

void __heap_unmap(struct chunk *c, size_t h)
{
	char *m = (char *)((uintptr_t)c & -__heap.page);
	size_t len = chunk_size(h), size = len - ((char *)c - m);

	if (size > __heap.mmap_threshold && size <= MMAP_THRESHOLD_MAX)
		__heap.mmap_threshold = size;
	munmap(m, len);
}

void __td_free(void *p)
{
	struct chunk *c;
	size_t h, size;
	unsigned q;

	if (!p)
		return;
	c = __heap_chunk(p, "free(): invalid pointer");
	h = c->head;
	if (!(h & C_INUSE)) {
		if (!is_mapped(h))
			__heap_fail("free(): double free of", p);
		__heap_unmap(c, h);
		return;
	}
	if (h & C_AUX)
		__heap_fail("free(): double free of", p);
	size = chunk_size(h);
	__heap_check_next(c, size);
	q = size / CHUNK_ALIGN;
	if (size <= QUICK_MAX && __heap.quick_n[q] < QUICK_DEPTH) {
		chunk_set(c, h | C_AUX);
		c->next = __heap.quick[q];
		__heap.quick[q] = c;
		__heap.quick_n[q]++;
		return;
	}
	free_chunk(c, h);
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
	bin_remove(n, ns);
	use(c, (have + ns) | (h & C_FLAGS), size, clean_of(n, ns));
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
