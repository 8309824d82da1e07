#include <errno.h>
#include <spawn.h>
#include "process.h"
#include "spawn.h"

int __posix_spawn_file_actions_addclose(posix_spawn_file_actions_t *fa, int fd)
{
	if (__fa_bad_fd(fd))
		return EBADF;
	return __fa_add(fa, FA_CLOSE, fd, 0) ? 0 : ENOMEM;
}

weak_alias(__posix_spawn_file_actions_addclose, posix_spawn_file_actions_addclose);
