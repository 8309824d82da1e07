#include <spawn.h>
#include "spawn.h"

int __posix_spawnattr_setsigdefault(posix_spawnattr_t *restrict attr,
				    const sigset_t *restrict sigdefault)
{
	attr->__sigdefault = *sigdefault;
	return 0;
}

weak_alias(__posix_spawnattr_setsigdefault, posix_spawnattr_setsigdefault);
