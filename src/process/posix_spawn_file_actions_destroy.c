#include <spawn.h>
#include <sys/mman.h>

int posix_spawn_file_actions_destroy(posix_spawn_file_actions_t *fa)
{
	if (fa->__actions)
		munmap(fa->__actions, fa->__size);
	fa->__actions = 0;
	fa->__used = fa->__size = 0;
	return 0;
}
