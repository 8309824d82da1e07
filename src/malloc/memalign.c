#include <errno.h>
#include <malloc.h>
#include "malloc_impl.h"

void *memalign(size_t align, size_t n)
{
	if (!align || align & (align - 1)) {
		errno = EINVAL;
		return NULL;
	}
	return __td_memalign(align, n);
}
