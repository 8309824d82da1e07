#include <fcntl.h>
#include <unistd.h>
#include "syscall.h"

int symlinkat(const char *target, int dirfd, const char *path)
{
	return __syscall_ret(__syscall(SYS_symlinkat, target, dirfd, path));
}
