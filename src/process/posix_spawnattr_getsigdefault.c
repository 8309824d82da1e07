#include <spawn.h>

int posix_spawnattr_getsigdefault(const posix_spawnattr_t *restrict attr,
				  sigset_t *restrict sigdefault)
{
	*sigdefault = attr->__sigdefault;
	return 0;
}
