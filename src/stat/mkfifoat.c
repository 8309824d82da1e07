#include <sys/stat.h>
#include "stat_impl.h"

int mkfifoat(int dirfd, const char *path, mode_t mode)
{
	return __mknodat(dirfd, path, mode | S_IFIFO, 0);
}
