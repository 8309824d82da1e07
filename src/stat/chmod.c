#include <fcntl.h>
#include <sys/stat.h>
#include "syscall.h"

int chmod(const char *path, mode_t mode)
{
	return __syscall_ret(__syscall(SYS_fchmodat, AT_FDCWD, path, mode));
}
