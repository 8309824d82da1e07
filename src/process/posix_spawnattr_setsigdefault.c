#include <spawn.h>

int posix_spawnattr_setsigdefault(posix_spawnattr_t *restrict attr,
				  const sigset_t *restrict sigdefault)
{
	attr->__sigdefault = *sigdefault;
	return 0;
}
