#include "kstatfs.h"

int statfs(const char *path, struct statfs *buf)
{
	return __syscall_ret(__sys_statfs(path, buf));
}
