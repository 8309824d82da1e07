#define _GNU_SOURCE
/*
 * Introsort: quicksort on a median-of-three pivot, finished by insertion sort
 * on short ranges, and heapsort on a range once the partitioning has gone
 * 2*log2(n) levels deep without shrinking it enough.  The heapsort bound is
 * what makes the worst case O(n log n) whatever the input (median-of-3
 * killers included); recursion goes only into the smaller side, so the stack
 * stays O(log n).
 */
#include <stdlib.h>
#include <stdint.h>
#include <string.h>
#include "sort.h"

typedef int (*cmp_r)(const void *, const void *, void *);

/* One of cmp (qsort_r's) and plain (qsort's), so that qsort pays no adapter call per comparison. */
struct sorter {
	size_t w;
	cmp_r cmp;
	void *arg;
	int (*plain)(const void *, const void *);
	int kind;               /* SWAP_* */
};

/* How elements are swapped, decided once: an int, whole aligned longs, or bytes. */
enum { SWAP_INT, SWAP_LONGS, SWAP_BYTES };

static int swap_kind(const void *base, size_t w)
{
	if (w == sizeof(int) && (uintptr_t)base % _Alignof(int) == 0)
		return SWAP_INT;
	if (w % sizeof(long) == 0 && (uintptr_t)base % _Alignof(long) == 0)
		return SWAP_LONGS;
	return SWAP_BYTES;
}

static inline __attribute__((__always_inline__)) void swap(const struct sorter *s,
							     unsigned char *a, unsigned char *b)
{
	unsigned char t[64];
	size_t w = s->w, k;

	if (s->kind == SWAP_INT) {
		int x = *(int *)a;

		*(int *)a = *(int *)b;
		*(int *)b = x;
	} else if (s->kind == SWAP_LONGS) {
		long *p = (long *)a, *q = (long *)b, x;

		for (; w; w -= sizeof(long), p++, q++)
			x = *p, *p = *q, *q = x;
	} else {
		for (; w; a += k, b += k, w -= k) {
			k = w < sizeof t ? w : sizeof t;
			memcpy(t, a, k);
			memcpy(a, b, k);
			memcpy(b, t, k);
		}
	}
}

#define CMP(s, x, y) ((s)->plain ? (s)->plain((x), (y)) : (s)->cmp((x), (y), (s)->arg))

static void sift_down(const struct sorter *s, unsigned char *base, size_t root, size_t n)
{
	size_t w = s->w, child;

	while ((child = 2 * root + 1) < n) {
		if (child + 1 < n && CMP(s, base + child * w, base + (child + 1) * w) < 0)
			child++;
		if (CMP(s, base + root * w, base + child * w) >= 0)
			return;
		swap(s, base + root * w, base + child * w);
		root = child;
	}
}

static void heap_sort(const struct sorter *s, unsigned char *base, size_t n)
{
	size_t i;

	for (i = n / 2; i-- > 0;)
		sift_down(s, base, i, n);
	for (i = n; i-- > 1;) {
		swap(s, base, base + i * s->w);
		sift_down(s, base, 0, i);
	}
}

static void insertion_sort(const struct sorter *s, unsigned char *base, size_t n)
{
	size_t w = s->w, i;
	unsigned char *p;

	for (i = 1; i < n; i++)
		for (p = base + i * w; p > base && CMP(s, p - w, p) > 0; p -= w)
			swap(s, p - w, p);
}

/* Moves the median of the first, middle and last elements to the front. */
static void median_to_front(const struct sorter *s, unsigned char *base, size_t n)
{
	size_t w = s->w;
	unsigned char *a = base + w, *b = base + n / 2 * w, *c = base + (n - 1) * w;

	if (CMP(s, a, b) > 0)
		swap(s, a, b);
	if (CMP(s, b, c) > 0) {
		swap(s, b, c);
		if (CMP(s, a, b) > 0)
			swap(s, a, b);
	}
	swap(s, base, b);
}

/*
 * Hoare partition around base[0]; elements equal to the pivot go to both
 * sides, so a run of equal keys splits in the middle.  Returns the pivot's
 * final index.
 */
static size_t partition(const struct sorter *s, unsigned char *base, size_t n)
{
	size_t w = s->w;
	unsigned char *i = base + w, *j = base + (n - 1) * w;

	for (;;) {
		while (i <= j && CMP(s, i, base) < 0)
			i += w;
		while (j >= i && CMP(s, j, base) > 0)
			j -= w;
		if (i >= j)
			break;
		swap(s, i, j);
		i += w;
		j -= w;
	}
	swap(s, base, j);
	return (size_t)(j - base) / w;
}

static void intro_sort(const struct sorter *s, unsigned char *base, size_t n, int depth)
{
	while (n > 16) {
		size_t p;

		if (depth-- == 0) {
			heap_sort(s, base, n);
			return;
		}
		median_to_front(s, base, n);
		p = partition(s, base, n);
		if (p < n - 1 - p) {
			intro_sort(s, base, p, depth);
			base += (p + 1) * s->w;
			n -= p + 1;
		} else {
			intro_sort(s, base + (p + 1) * s->w, n - 1 - p, depth);
			n = p;
		}
	}
	insertion_sort(s, base, n);
}

void __qsort_any(void *base, size_t n, size_t w, cmp_r cmp, void *arg,
		 int (*plain)(const void *, const void *))
{
	struct sorter s = { w, cmp, arg, plain, swap_kind(base, w) };
	int depth = 0;
	size_t k;

	if (n < 2 || w == 0)
		return;
	for (k = n; k > 1; k >>= 1)
		depth += 2;
	intro_sort(&s, base, n, depth);
}

void __qsort_r(void *base, size_t n, size_t w, cmp_r cmp, void *arg)
{
	__qsort_any(base, n, w, cmp, arg, 0);
}

weak_alias(__qsort_r, qsort_r);
