#include <malloc.h>
#include "malloc_impl.h"

size_t malloc_usable_size(void *p)
{
	return __td_usable_size(p);
}
