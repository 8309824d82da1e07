#include <stdlib.h>
#include "malloc_impl.h"

void free(void *p)
{
	__td_free(p);
}
