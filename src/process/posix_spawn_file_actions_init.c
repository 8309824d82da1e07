#include <spawn.h>
#include <string.h>
#include "spawn.h"

int __posix_spawn_file_actions_init(posix_spawn_file_actions_t *fa)
{
	memset(fa, 0, sizeof *fa);
	return 0;
}

weak_alias(__posix_spawn_file_actions_init, posix_spawn_file_actions_init);
