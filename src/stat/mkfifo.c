#include <fcntl.h>
#include <sys/stat.h>
#include "stat_impl.h"

int mkfifo(const char *path, mode_t mode)
{
	return __mknodat(AT_FDCWD, path, mode | S_IFIFO, 0);
}
