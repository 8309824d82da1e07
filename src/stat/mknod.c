#include <fcntl.h>
#include <sys/stat.h>
#include "stat_impl.h"

int mknod(const char *path, mode_t mode, dev_t dev)
{
	return __mknodat(AT_FDCWD, path, mode, dev);
}
