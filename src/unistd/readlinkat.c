#include <unistd.h>
#include "syscall.h"

ssize_t readlinkat(int dirfd, const char *restrict path, char *restrict buf, size_t size)
{
	return __syscall_ret(__syscall(SYS_readlinkat, dirfd, path, buf, size));
}
