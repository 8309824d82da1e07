#include <stdlib.h>
#include "malloc_impl.h"

void *malloc(size_t n)
{
	return __td_malloc(n);
}
