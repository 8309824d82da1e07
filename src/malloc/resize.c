#include <errno.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include "malloc_impl.h"
#include "mman.h"

/* Move p's bytes (at most have of them) to a new block of n bytes. */
static void *move(void *p, size_t have, size_t n)
{
	void *q = __td_malloc(n);

	if (q) {
		memcpy(q, p, have < n ? have : n);
		__td_free(p);
	}
	return q;
}

/* A block with a mapping of its own: mremap moves pages, never bytes. */
static void *remap(struct chunk *c, size_t h, size_t n, size_t size)
{
	size_t off = (uintptr_t)c & (__heap.page - 1), len = chunk_size(h);
	size_t want = page_up(size + off), have = len - off - CHUNK_HDR;
	char *m = (char *)c - off, *r;

	if (want == len)
		return chunk_mem(c);
	/* Shrunk well below the threshold, it moves to the heap and frees the mapping. */
	if (want < len && size < __heap.mmap_threshold / 2) {
		void *q = move(chunk_mem(c), have, n);
		if (q)
			return q;
	}
#ifdef SYS_mremap
	r = __mremap(m, len, want, MREMAP_MAYMOVE);
#else
	/* A kernel without mremap: the bytes move (docs/malloc.md). */
	(void)m;
	r = MAP_FAILED;
#endif
	if (r == MAP_FAILED) {
		if (want < len)
			return chunk_mem(c);
		return move(chunk_mem(c), have, n);
	}
	c = (struct chunk *)(r + off);
	chunk_set(c, want | C_AUX);
	return chunk_mem(c);
}

static void *resize(void *p, size_t n)
{
	struct chunk *c;
	size_t h, have, size;
	void *q;

	c = __heap_chunk(p, "realloc(): invalid pointer");
	h = c->head;
	size = chunk_for(n);
	if (is_mapped(h))
		return remap(c, h, n, size);
	if (!(h & C_INUSE) || h & C_AUX)
		__heap_fail("realloc(): freed pointer", p);
	have = chunk_size(h);
	__heap_check_next(c, have);
	if (size <= have) {
		__heap_shrink(c, h, size);
		return p;
	}
	if (size < __heap.mmap_threshold && !__heap_extend(c, h, size))
		return p;
	/*
	 * Moving: take a quarter more room, so that a block grown a little at
	 * a time moves O(log n) times rather than on nearly every call.
	 */
	if (n / 4 < REQUEST_MAX - n && (q = move(p, have - CHUNK_HDR, n + n / 4)))
		return q;
	return move(p, have - CHUNK_HDR, n);
}

/*
 * realloc(p, 0) frees p and returns NULL, as glibc does.  A successful call
 * leaves errno as it found it, whatever the system calls on the way said.
 */
void *__td_realloc(void *p, size_t n)
{
	int e = errno;

	if (!p)
		return __td_malloc(n);
	if (!n) {
		__td_free(p);
		return 0;
	}
	if (n > REQUEST_MAX) {
		errno = ENOMEM;
		return 0;
	}
	if (!(p = resize(p, n)))
		return 0;
	errno = e;
	return p;
}
