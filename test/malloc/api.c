/*
 * malloc, free, calloc, realloc, reallocarray, aligned_alloc, posix_memalign,
 * memalign, malloc_usable_size, strdup, strndup: results, alignment and
 * the ENOMEM/EINVAL paths.
 */
#define _DEFAULT_SOURCE
#include <malloc.h>
#include <stdint.h>
#include "t.h"

#define MAX_ALIGN 16

/* Through volatile pointers, so the compiler neither warns about nor folds
 * the impossible sizes, nor the use of a block after a failed realloc. */
static void *(*volatile malloc_fn)(size_t) = malloc;
static void *(*volatile calloc_fn)(size_t, size_t) = calloc;
static void *(*volatile realloc_fn)(void *, size_t) = realloc;
static void *(*volatile reallocarray_fn)(void *, size_t, size_t) = reallocarray;
static void *(*volatile aligned_alloc_fn)(size_t, size_t) = aligned_alloc;
static void *(*volatile memalign_fn)(size_t, size_t) = memalign;

static int all_bytes(const unsigned char *p, size_t n, int v)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (p[i] != v)
			return 0;
	return 1;
}

int main(void)
{
	char *p, *q, *r;
	void *v = 0;
	size_t i;
	int aligned = 1;

	p = malloc(0);
	t_true("malloc_0_unique", p != NULL, "malloc(0) returned NULL");
	free(p);
	free(NULL);
	for (i = 1; i <= 4096 && aligned; i++) {
		p = malloc(i);
		aligned = p && (uintptr_t)p % MAX_ALIGN == 0 && malloc_usable_size(p) >= i;
		free(p);
	}
	t_true("malloc_aligned_1_to_4096", aligned, "a block not 16-aligned or too small");
	p = malloc(100);
	memset(p, 'a', 100);
	q = malloc(100);
	t_true("blocks_distinct", q && (q >= p + 100 || q + 100 <= p), "blocks overlap");
	free(q);

	T_ERR("malloc_huge_enomem", malloc_fn(SIZE_MAX) ? 0 : -1, ENOMEM);
	T_ERR("malloc_half_space_enomem", malloc_fn(SIZE_MAX / 2) ? 0 : -1, ENOMEM);
	T_ERR("calloc_overflow_enomem", calloc_fn(SIZE_MAX / 2, 3) ? 0 : -1, ENOMEM);
	T_ERR("realloc_huge_enomem", realloc_fn(p, SIZE_MAX - 8) ? 0 : -1, ENOMEM);
	t_true("realloc_fail_keeps_block", all_bytes((unsigned char *)p, 100, 'a'), "contents lost");
	T_ERR("reallocarray_overflow_enomem", reallocarray_fn(p, SIZE_MAX / 4, 8) ? 0 : -1, ENOMEM);

	q = realloc_fn(p, 40);
	t_true("realloc_shrink_in_place", q == p && all_bytes((unsigned char *)q, 40, 'a'),
	       "shrink moved the block or lost bytes");
	q = realloc(q, 100000);
	t_true("realloc_grow_keeps_bytes", q && all_bytes((unsigned char *)q, 40, 'a'), "contents lost");
	q = realloc(q, 3000000);
	t_true("realloc_large_keeps_bytes", q && all_bytes((unsigned char *)q, 40, 'a'), "contents lost");
	memset(q, 'b', 3000000);
	q = realloc(q, 9000000);
	t_true("realloc_mapped_grow", q && all_bytes((unsigned char *)q, 3000000, 'b'), "contents lost");
	q = realloc(q, 10);
	t_true("realloc_mapped_to_small", q && all_bytes((unsigned char *)q, 10, 'b'), "contents lost");
	errno = 0;
	t_true("realloc_zero_frees", realloc(q, 0) == NULL && errno == 0, "realloc(p, 0) not NULL");
	p = realloc(NULL, 33);
	t_true("realloc_null_is_malloc", p && malloc_usable_size(p) >= 33, "realloc(NULL, 33) failed");
	free(p);
	p = reallocarray(NULL, 10, 10);
	t_true("reallocarray_ok", p && malloc_usable_size(p) >= 100, "reallocarray(NULL, 10, 10)");
	free(p);

	p = malloc(1000);
	memset(p, 0xee, 1000);
	free(p);
	p = calloc(10, 100);
	t_true("calloc_reused_zeroed", p && all_bytes((unsigned char *)p, 1000, 0), "nonzero byte");
	free(p);
	p = calloc(1, 5 << 20);
	t_true("calloc_large_zeroed", p && all_bytes((unsigned char *)p, 5 << 20, 0), "nonzero byte");
	free(p);
	p = calloc(0, 10);
	t_true("calloc_0", p != NULL, "calloc(0, 10) returned NULL");
	free(p);

	for (i = 32; i <= (1 << 22); i <<= 1) {
		p = aligned_alloc(i, 3 * i / 2);
		aligned = p && (uintptr_t)p % i == 0 && malloc_usable_size(p) >= 3 * i / 2;
		if (p)
			memset(p, 1, 3 * i / 2);
		free(p);
		if (!aligned)
			break;
	}
	t_true("aligned_alloc_32_to_4M", aligned, "misaligned or short block");
	T_ERR("aligned_alloc_3_einval", aligned_alloc_fn(3, 10) ? 0 : -1, EINVAL);
	T_ERR("aligned_alloc_0_einval", aligned_alloc_fn(0, 10) ? 0 : -1, EINVAL);
	T_ERR("aligned_alloc_huge_enomem", aligned_alloc_fn(64, SIZE_MAX - 100) ? 0 : -1, ENOMEM);
	p = memalign(256, 10);
	t_true("memalign_256", p && (uintptr_t)p % 256 == 0, "misaligned");
	free(p);
	T_ERR("memalign_6_einval", memalign_fn(6, 10) ? 0 : -1, EINVAL);
	t_eq("posix_memalign_ok", posix_memalign(&v, 64, 100), 0);
	t_true("posix_memalign_aligned", v && (uintptr_t)v % 64 == 0, "misaligned");
	free(v);
	v = &v;
	t_eq("posix_memalign_half_pointer_einval", posix_memalign(&v, sizeof(void *) / 2, 100), EINVAL);
	t_eq("posix_memalign_24_einval", posix_memalign(&v, 24, 100), EINVAL);
	errno = 0;
	t_eq("posix_memalign_huge_enomem", posix_memalign(&v, 64, SIZE_MAX / 2), ENOMEM);
	t_true("posix_memalign_keeps_res_errno", v == &v && errno == 0, "*res or errno changed");
	t_eq("usable_size_null", malloc_usable_size(NULL), 0);

	r = strdup("trapdoor");
	t_str("strdup", r, "trapdoor");
	free(r);
	r = strndup("trapdoor", 4);
	t_str("strndup_cut", r, "trap");
	free(r);
	r = strndup("ab", 10);
	t_str("strndup_short", r, "ab");
	free(r);
	return t_done();
}
