/* The sort behind qsort and qsort_r: cmp with arg, or plain when cmp is NULL. */
#ifndef TRAPDOOR_SORT_H
#define TRAPDOOR_SORT_H

#include <stddef.h>
#include "libc.h"

hidden void __qsort_any(void *base, size_t n, size_t w,
			int (*cmp)(const void *, const void *, void *), void *arg,
			int (*plain)(const void *, const void *));
hidden void __qsort_r(void *base, size_t n, size_t w,
		      int (*cmp)(const void *, const void *, void *), void *arg);

#endif
