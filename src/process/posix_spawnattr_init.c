#include <spawn.h>
#include <string.h>
#include "spawn.h"

int __posix_spawnattr_init(posix_spawnattr_t *attr)
{
	memset(attr, 0, sizeof *attr);
	return 0;
}

weak_alias(__posix_spawnattr_init, posix_spawnattr_init);
