#include <fcntl.h>
#include <unistd.h>
#include "syscall.h"

int link(const char *oldpath, const char *newpath)
{
	return __syscall_ret(__syscall(SYS_linkat, AT_FDCWD, oldpath, AT_FDCWD, newpath, 0));
}
