#include <errno.h>
#include <sys/stat.h>
#include "syscall.h"
#include "stat_impl.h"

int __mknodat(int dirfd, const char *path, mode_t mode, dev_t dev)
{
	/* The kernel takes a 32-bit device number: never truncate silently. */
	if (dev != (unsigned int)dev) {
		errno = EINVAL;
		return -1;
	}
	return __syscall_ret(__syscall(SYS_mknodat, dirfd, path, mode, (unsigned int)dev));
}

weak_alias(__mknodat, mknodat);
