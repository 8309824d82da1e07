#include <errno.h>
#include <stdlib.h>
#include "malloc_impl.h"

void *reallocarray(void *p, size_t m, size_t n)
{
	size_t len;

	if (__builtin_mul_overflow(m, n, &len)) {
		errno = ENOMEM;
		return NULL;
	}
	return __td_realloc(p, len);
}
