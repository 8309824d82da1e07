#include <stdlib.h>
#include "malloc_impl.h"

void *realloc(void *p, size_t n)
{
	return __td_realloc(p, n);
}
