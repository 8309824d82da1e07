#include <spawn.h>
#include "spawn.h"

int __posix_spawnattr_setsigmask(posix_spawnattr_t *restrict attr, const sigset_t *restrict mask)
{
	attr->__sigmask = *mask;
	return 0;
}

weak_alias(__posix_spawnattr_setsigmask, posix_spawnattr_setsigmask);
