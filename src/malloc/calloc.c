#include <stdlib.h>
#include "malloc_impl.h"

void *calloc(size_t m, size_t n)
{
	return __td_calloc(m, n);
}
