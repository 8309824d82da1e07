/*
 * Memory from the kernel.  The heap reserves a large span of address space
 * (PROT_NONE, MAP_NORESERVE: no memory, no commit charge) and commits it
 * front to back with mprotect, so it grows in place as one mapping.  When
 * the span is used up or cannot be had, further spans follow, adjacent to
 * the last where the kernel allows, each as large as will be granted.
 */
#include <sys/mman.h>
#include "malloc_impl.h"
#include "mman.h"

/* Address space asked for per span; less is taken when refused. */
#define RESERVE_SPAN ((size_t)1 << (sizeof(size_t) > 4 ? 36 : 26))
/* The smallest commit step; each step is at least the size committed so far. */
#define GROW_MIN ((size_t)256 << 10)
/* Releases smaller than this cost more in syscalls than they give back. */
#define RELEASE_MIN ((size_t)64 << 10)
/* Pages mincore reports on per call. */
#define MINCORE_PAGES 4096

#define PROT_RW (PROT_READ | PROT_WRITE)
#define MAP_ANON_PRIVATE (MAP_PRIVATE | MAP_ANONYMOUS)

static char *span_base;

/* Commit the current span so that the top holds need bytes; 0 on success. */
static int commit(size_t need)
{
	char *want, *to;
	size_t step;

	if (need > (size_t)(__heap.reserve_end - __heap.top))
		return -1;
	want = __heap.top + page_up(need);
	if (want > __heap.reserve_end)
		want = __heap.reserve_end;
	step = __heap.end - span_base;
	if (step < GROW_MIN)
		step = GROW_MIN;
	to = (size_t)(__heap.reserve_end - __heap.end) > step ? __heap.end + step : __heap.reserve_end;
	if (to < want)
		to = want;
	/* The geometric step may be refused (strict overcommit); the need may not. */
	if (__mprotect(__heap.end, to - __heap.end, PROT_RW)) {
		if (to == want || __mprotect(__heap.end, want - __heap.end, PROT_RW))
			return -1;
		to = want;
	}
	__heap.end = to;
	__heap.n_grow++;
	return 0;
}

/* Reserve up to len bytes (at least min), preferably at hint. */
static char *reserve(size_t *len, size_t min, char *hint)
{
	size_t n = *len;
	void *p;

	for (;;) {
		p = __mmap(hint, n, PROT_NONE, MAP_ANON_PRIVATE | MAP_NORESERVE, -1, 0);
		if (p != MAP_FAILED) {
			*len = n;
			return p;
		}
		if (n == min)
			return 0;
		n = page_up(n / 2);
		if (n < min)
			n = min;
	}
}

int __heap_grow(size_t need)
{
	size_t len = RESERVE_SPAN, min;
	char *p;

	if (!commit(need))
		return 0;
	/* need counts from the top; an adjacent span keeps the top's bytes. */
	if (need > (size_t)-1 / 2)
		return -1;
	min = page_up(need);
	if (len < min)
		len = min;
	if (!(p = reserve(&len, min, __heap.reserve_end)))
		return -1;
	if (p == __heap.reserve_end && p) {
		__heap.reserve_end = p + len;
		return commit(need);
	}
	__heap_retire_top();
	span_base = __heap.top = __heap.end = __heap.fresh = p;
	__heap.reserve_end = p + len;
	__heap.released_from = (char *)UINTPTR_MAX;
	__heap.top_clean = 0;
	__heap.n_regions++;
	if (!commit(need))
		return 0;
	/* Committing was refused: hand the span back, the top stays empty. */
	__munmap(p, len);
	__heap.top = __heap.end = __heap.reserve_end = __heap.fresh = span_base = 0;
	__heap.n_regions--;
	return -1;
}

void *__heap_map(size_t len)
{
	void *p = __mmap(0, len, PROT_RW, MAP_ANON_PRIVATE, -1, 0);

	return p == MAP_FAILED ? 0 : p;
}

/* Bytes resident among the whole pages of [from, to), or -1 if unknown. */
size_t __heap_resident(char *from, char *to)
{
	static unsigned char vec[MINCORE_PAGES];
	char *a = (char *)(((uintptr_t)from + __heap.page - 1) & -__heap.page);
	char *b = (char *)((uintptr_t)to & -__heap.page);
	size_t n = 0, pages, i;

	for (; a < b; a += pages * __heap.page) {
		pages = (size_t)(b - a) / __heap.page;
		if (pages > MINCORE_PAGES)
			pages = MINCORE_PAGES;
		if (__mincore(a, pages * __heap.page, vec))
			return -1;
		for (i = 0; i < pages; i++)
			n += vec[i] & 1;
	}
	return n * __heap.page;
}

/*
 * Give the whole pages of [from, to) back (they read as zero afterwards),
 * if enough of them are resident to be worth a system call; returns the
 * bytes given back.
 */
size_t __heap_release(char *from, char *to)
{
	char *a = (char *)(((uintptr_t)from + __heap.page - 1) & -__heap.page);
	char *b = (char *)((uintptr_t)to & -__heap.page);
	size_t n;

	if (b <= a || (size_t)(b - a) < RELEASE_MIN)
		return 0;
	n = __heap_resident(a, b);
	if (n == (size_t)-1)
		n = b - a;
	if (n < RELEASE_MIN || __madvise(a, b - a, MADV_DONTNEED))
		return 0;
	return n;
}
