#include <errno.h>
#include <fcntl.h>
#include <unistd.h>
#include "syscall.h"

/*
 * The original faccessat has no flags argument; faccessat2 (Linux 5.8) has.
 * Without it AT_EACCESS is only exact when the real and effective ids agree.
 */
int faccessat(int dirfd, const char *path, int mode, int flags)
{
	long r;

	if (!flags)
		return __syscall_ret(__syscall(SYS_faccessat, dirfd, path, mode));
	r = __syscall(SYS_faccessat2, dirfd, path, mode, flags);
	if (r != -ENOSYS)
		return __syscall_ret(r);
	if (flags & ~(AT_EACCESS | AT_SYMLINK_NOFOLLOW | AT_EMPTY_PATH))
		return __syscall_ret(-EINVAL);
	if (flags != AT_EACCESS || __syscall(SYS_getuid) != __syscall(SYS_geteuid) ||
	    __syscall(SYS_getgid) != __syscall(SYS_getegid))
		return __syscall_ret(-ENOSYS);
	return __syscall_ret(__syscall(SYS_faccessat, dirfd, path, mode));
}
