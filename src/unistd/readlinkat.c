#include <unistd.h>
#include "syscall.h"

ssize_t readlinkat(int dirfd, const char *__restrict_arg path, char *__restrict_arg buf, size_t size)
{
	return __syscall_ret(__syscall(SYS_readlinkat, dirfd, path, buf, size));
}
