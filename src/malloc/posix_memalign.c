#include <errno.h>
#include <stdlib.h>
#include "malloc_impl.h"

/* Reports through the return value; errno is left as it was. */
int posix_memalign(void **res, size_t align, size_t n)
{
	int saved = errno;
	void *p;

	if (align < sizeof(void *) || align & (align - 1))
		return EINVAL;
	if (!(p = __td_memalign(align, n))) {
		errno = saved;
		return ENOMEM;
	}
	*res = p;
	return 0;
}
