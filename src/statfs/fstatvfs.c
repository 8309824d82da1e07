#include "kstatfs.h"

int fstatvfs(int fd, struct statvfs *buf)
{
	struct statfs fs;
	long r = __sys_fstatfs(fd, &fs);

	if (r)
		return __syscall_ret(r);
	__statvfs_from(buf, &fs);
	return 0;
}
