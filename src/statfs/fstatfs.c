#include "kstatfs.h"

int fstatfs(int fd, struct statfs *buf)
{
	return __syscall_ret(__sys_fstatfs(fd, buf));
}
