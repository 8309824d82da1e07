#include <errno.h>
#include <spawn.h>
#include "spawn.h"

/* The scheduling flags are refused rather than silently ignored: not implemented. */
#define SPAWN_FLAGS (POSIX_SPAWN_RESETIDS | POSIX_SPAWN_SETPGROUP | POSIX_SPAWN_SETSIGDEF | \
		     POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_USEVFORK | POSIX_SPAWN_SETSID)

int __posix_spawnattr_setflags(posix_spawnattr_t *attr, short flags)
{
	if ((unsigned short)flags & ~SPAWN_FLAGS)
		return EINVAL;
	attr->__flags = (unsigned short)flags;
	return 0;
}

weak_alias(__posix_spawnattr_setflags, posix_spawnattr_setflags);
