#include <errno.h>
#include <spawn.h>
#include "process.h"

int posix_spawn_file_actions_addopen(posix_spawn_file_actions_t *restrict fa, int fd,
				     const char *restrict path, int oflag, mode_t mode)
{
	struct fa_op *o;

	if (__fa_bad_fd(fd))
		return EBADF;
	o = __fa_add(fa, FA_OPEN, fd, path);
	if (!o)
		return ENOMEM;
	o->oflag = oflag;
	o->mode = mode;
	return 0;
}
