#include <stdlib.h>
#include "sort.h"

void qsort(void *base, size_t n, size_t w, int (*cmp)(const void *, const void *))
{
	__qsort_any(base, n, w, 0, 0, cmp);
}
