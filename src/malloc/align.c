#include <errno.h>
#include <sys/mman.h>
#include "malloc_impl.h"
#include "mman.h"

/* A mapping of its own, trimmed to whole pages around the aligned block. */
static void *map_aligned(size_t align, size_t size)
{
	size_t page = __heap.page, len = page_up(size + align);
	char *m = __heap_map(len), *p, *lead, *end;
	struct chunk *c;

	if (!m)
		return 0;
	p = (char *)(((uintptr_t)m + CHUNK_HDR + align - 1) & -align);
	c = chunk_at(p);
	lead = (char *)((uintptr_t)c & -page);
	end = (char *)(((uintptr_t)c + size + page - 1) & -page);
	if (lead > m)
		__munmap(m, lead - m);
	if (end < m + len)
		__munmap(end, m + len - end);
	chunk_set(c, (size_t)(end - lead) | C_AUX);
	return p;
}


static void *aligned(size_t align, size_t n)
{
	size_t size, h, gap;
	struct chunk *c0, *c;
	char *p;

	size = chunk_for(n);
	if (!__heap.ready)
		__heap_init();
	if (size >= __heap.mmap_threshold && (p = map_aligned(align, size)))
		return p;
	if (!(c0 = __heap_alloc(size + align + CHUNK_MIN))) {
		if ((p = map_aligned(align, size)))
			return p;
		errno = ENOMEM;
		return 0;
	}
	h = c0->head;
	p = (char *)(((uintptr_t)chunk_mem(c0) + align - 1) & -align);
	gap = p - (char *)chunk_mem(c0);
	/* The part before the block must be a chunk of its own, or nothing. */
	if (gap && gap < CHUNK_MIN) {
		p += align;
		gap += align;
	}
	c = chunk_at(p);
	if (gap) {
		chunk_set(c, (chunk_size(h) - gap) | C_INUSE);
		chunk_set(c0, gap | (h & C_FLAGS));
		__heap_free_chunk(c0, c0->head);
		h = c->head;
	}
	__heap_shrink(c, h, size);
	return p;
}

/*
 * align is a power of two, checked by the caller.  A successful call leaves
 * errno as it found it.
 */
void *__td_memalign(size_t align, size_t n)
{
	int e = errno;
	void *p;

	if (align <= CHUNK_ALIGN)
		return __td_malloc(n);
	if (n > REQUEST_MAX - 2 * align || align > REQUEST_MAX / 4) {
		errno = ENOMEM;
		return 0;
	}
	if ((p = aligned(align, n)))
		errno = e;
	return p;
}
