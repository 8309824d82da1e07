#include <fcntl.h>
#include <sys/stat.h>
#include "stat_impl.h"

int stat(const char *__restrict path, struct stat *__restrict st)
{
	return __fstatat(AT_FDCWD, path, st, 0);
}
