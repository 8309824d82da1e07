#include <errno.h>
#include <spawn.h>
#include "process.h"

int posix_spawn_file_actions_addchdir_np(posix_spawn_file_actions_t *restrict fa,
					 const char *restrict path)
{
	return __fa_add(fa, FA_CHDIR, -1, path) ? 0 : ENOMEM;
}
