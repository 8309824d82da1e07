#include <errno.h>
#include <spawn.h>
#include "process.h"
#include "spawn.h"

int __posix_spawn_file_actions_adddup2(posix_spawn_file_actions_t *fa, int fd, int newfd)
{
	struct fa_op *o;

	if (__fa_bad_fd(fd) || __fa_bad_fd(newfd))
		return EBADF;
	o = __fa_add(fa, FA_DUP2, newfd, 0);
	if (!o)
		return ENOMEM;
	o->srcfd = fd;
	return 0;
}

weak_alias(__posix_spawn_file_actions_adddup2, posix_spawn_file_actions_adddup2);
