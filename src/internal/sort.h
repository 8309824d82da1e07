/* Reserved name of qsort_r, which qsort calls. */
#ifndef TRAPDOOR_SORT_H
#define TRAPDOOR_SORT_H

#include <stddef.h>
#include "libc.h"

hidden void __qsort_r(void *base, size_t n, size_t w,
		      int (*cmp)(const void *, const void *, void *), void *arg);

#endif
