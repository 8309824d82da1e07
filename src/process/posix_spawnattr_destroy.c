#include <spawn.h>
#include "spawn.h"

int __posix_spawnattr_destroy(posix_spawnattr_t *attr)
{
	(void)attr;
	return 0;
}

weak_alias(__posix_spawnattr_destroy, posix_spawnattr_destroy);
