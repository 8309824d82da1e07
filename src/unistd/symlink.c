#include <fcntl.h>
#include <unistd.h>
#include "syscall.h"

int symlink(const char *target, const char *path)
{
	return __syscall_ret(__syscall(SYS_symlinkat, target, AT_FDCWD, path));
}
