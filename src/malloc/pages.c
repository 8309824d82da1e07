/*
 * Memory from the kernel.  The heap reserves a large span of address space
 * (PROT_NONE, MAP_NORESERVE: no memory, no commit charge) and commits it
 * front to back by mapping it again in place, writable and charged, so the
 * kernel's overcommit accounting weighs every commit as it weighs glibc's
 * mappings, and the heap grows in place as one mapping.  When the span is
 * used up or cannot be had, further spans follow, adjacent to the last where
 * the kernel allows, each as large as will be granted.
 */
#include <sys/mman.h>
#include <sys/syscall.h>
#include <sys/resource.h>
#include "malloc_impl.h"
#include "mman.h"
#include "process.h"

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

/* The current span's first chunk: where a walk over the heap starts. */
static char *span_base;
/* Bytes committed in all spans: the size of the next step. */
static size_t committed;

/*
 * Make [from, from + len) of a reservation ending at *span_end writable,
 * charged to the commit accounting; 0 on success.  A kernel before 6.12
 * unmaps the old range before its accounting refuses the new one: the hole
 * is taken back as reservation (nothing else runs in between, the library
 * has no threads), or, failing that, the reservation is given up from
 * there on.
 */
static int commit_range(char *from, size_t len, char **span_end)
{
	if (__mmap(from, len, PROT_RW, MAP_ANON_PRIVATE | MAP_FIXED, -1, 0) != MAP_FAILED)
		return 0;
	if (__mmap(from, len, PROT_NONE, MAP_ANON_PRIVATE | MAP_FIXED | MAP_NORESERVE, -1, 0)
	    == MAP_FAILED) {
		__munmap(from, *span_end - from);
		*span_end = from;
	}
	return -1;
}

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
	step = committed;
	if (step < GROW_MIN)
		step = GROW_MIN;
	to = (size_t)(__heap.reserve_end - __heap.end) > step ? __heap.end + step : __heap.reserve_end;
	if (to < want)
		to = want;
	/* The geometric step may be refused; the need may not. */
	if (commit_range(__heap.end, to - __heap.end, &__heap.reserve_end)) {
		if (to == want || want > __heap.reserve_end
		    || commit_range(__heap.end, want - __heap.end, &__heap.reserve_end))
			return -1;
		to = want;
	}
	committed += to - __heap.end;
	__heap.end = to;
	__heap.n_grow++;
	return 0;
}

/*
 * Under a finite RLIMIT_AS, address space is what runs out: the heap then
 * holds no reservation beyond what it commits, so the kernel weighs each
 * growth against the limit as it stands now, also one lowered after the
 * heap was set up.  Returns the length of address space to ask for.
 */
static size_t span_for(void)
{
	struct rlimit lim;

	if (__getrlimit(RLIMIT_AS, &lim) || lim.rlim_cur == RLIM_INFINITY)
		return RESERVE_SPAN;
	if (__heap.reserve_end > __heap.end) {
		__munmap(__heap.end, __heap.reserve_end - __heap.end);
		__heap.reserve_end = __heap.end;
	}
	return committed > GROW_MIN ? committed : GROW_MIN;
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
	size_t len = span_for(), min, step;
	char *p, *p_end;

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
	/* A new span: the current one is closed only once the new one commits. */
	p_end = p + len;
	step = committed > GROW_MIN ? committed : GROW_MIN;
	step = step < min ? min : step > len ? len : step;
	if (commit_range(p, step, &p_end)
	    && (step == min || p_end < p + min || commit_range(p, step = min, &p_end))) {
		if (p_end > p)
			__munmap(p, p_end - p);
		return -1;
	}
	if (__heap.reserve_end > __heap.end)
		__munmap(__heap.end, __heap.reserve_end - __heap.end);
	__heap_retire_top();
	span_base = __heap.top = __heap.fresh = p;
	__heap.end = p + step;
	__heap.reserve_end = p_end;
	__heap.released_from = (char *)UINTPTR_MAX;
	__heap.top_clean = 0;
	__heap.n_regions++;
	__heap.n_grow++;
	committed += step;
	return 0;
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

#ifndef SYS_mincore
	/* A kernel without mincore: residency is unknown (docs/malloc.md). */
	if (a < b)
		return -1;
#endif
	for (; a < b; a += pages * __heap.page) {
		pages = (size_t)(b - a) / __heap.page;
		if (pages > MINCORE_PAGES)
			pages = MINCORE_PAGES;
		if (__mincore(a, pages * __heap.page, vec))
			return -1;
		__heap.n_scanned += pages * __heap.page;
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
#ifndef SYS_madvise
	/* A kernel without madvise: freed pages stay committed (docs/malloc.md). */
	return 0;
#endif
	n = __heap_resident(a, b);
	if (n == (size_t)-1)
		n = b - a;
	if (n < RELEASE_MIN || __madvise(a, b - a, MADV_DONTNEED))
		return 0;
	return n;
}
