#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/stat.h>
#include "syscall.h"
#include "stat_impl.h"
#include "utoa.h"

/*
 * The kernel's fchmodat has no flags.  For AT_SYMLINK_NOFOLLOW, a symlink's
 * mode cannot change on Linux (EOPNOTSUPP); anything else is changed through
 * an O_PATH descriptor, so a file swapped for a symlink meanwhile is not
 * followed.
 */
int fchmodat(int dirfd, const char *path, mode_t mode, int flags)
{
	char proc[32], *p = proc + sizeof proc;
	struct stat st;
	long fd, r;

	if (!flags)
		return __syscall_ret(__syscall(SYS_fchmodat, dirfd, path, mode));
	if (flags != AT_SYMLINK_NOFOLLOW)
		return __syscall_ret(-EINVAL);
	fd = __syscall(SYS_openat, dirfd, path, O_PATH | O_NOFOLLOW | O_CLOEXEC);
	if (fd < 0)
		return __syscall_ret(fd);
	r = __fstatat(fd, "", &st, AT_EMPTY_PATH) ? -errno : 0;
	if (!r && S_ISLNK(st.st_mode))
		r = -EOPNOTSUPP;
	if (!r) {
		*--p = 0;
		p = __utoa_before(p, fd) - 14;
		memcpy(p, "/proc/self/fd/", 14);
		r = __syscall(SYS_fchmodat, AT_FDCWD, p, mode);
	}
	__syscall(SYS_close, fd);
	return __syscall_ret(r);
}
