#include <stdlib.h>
#include "sort.h"

struct plain_cmp {
	int (*cmp)(const void *, const void *);
};

static int call_plain(const void *a, const void *b, void *arg)
{
	return ((const struct plain_cmp *)arg)->cmp(a, b);
}

void qsort(void *base, size_t n, size_t w, int (*cmp)(const void *, const void *))
{
	struct plain_cmp c = { cmp };

	__qsort_r(base, n, w, call_plain, &c);
}
