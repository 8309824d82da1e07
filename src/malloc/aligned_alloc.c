#include <errno.h>
#include <stdlib.h>
#include "malloc_impl.h"

/* Like musl and glibc 2.38: an alignment that is not a power of two is EINVAL. */
void *aligned_alloc(size_t align, size_t n)
{
	if (!align || align & (align - 1)) {
		errno = EINVAL;
		return NULL;
	}
	return __td_memalign(align, n);
}
