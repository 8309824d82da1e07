#include <fcntl.h>
#include <sys/stat.h>
#include "stat_impl.h"

int lstat(const char *restrict path, struct stat *restrict st)
{
	return __fstatat(AT_FDCWD, path, st, AT_SYMLINK_NOFOLLOW);
}
