#include "kstatfs.h"

int statvfs(const char *restrict path, struct statvfs *restrict buf)
{
	struct statfs fs;
	long r = __sys_statfs(path, &fs);

	if (r)
		return __syscall_ret(r);
	__statvfs_from(buf, &fs);
	return 0;
}
