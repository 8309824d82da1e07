#include <spawn.h>
#include <sys/mman.h>
#include "spawn.h"
#include "mman.h"

int __posix_spawn_file_actions_destroy(posix_spawn_file_actions_t *fa)
{
	if (fa->__actions)
		__munmap(fa->__actions, fa->__size);
	fa->__actions = 0;
	fa->__used = fa->__size = 0;
	return 0;
}

weak_alias(__posix_spawn_file_actions_destroy, posix_spawn_file_actions_destroy);
