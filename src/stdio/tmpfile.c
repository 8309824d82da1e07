#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include "stdio_impl.h"
#include "syscall.h"

/*
 * An unnamed file in /tmp: O_TMPFILE where the kernel and file system have
 * it, else a fresh name created with O_EXCL and unlinked at once.
 */
static int open_unnamed(void)
{
	char name[L_tmpnam];
	long fd = __syscall(SYS_openat, AT_FDCWD, "/tmp", O_TMPFILE | O_RDWR | O_CLOEXEC, 0600);
	int tries;

	if (fd >= 0 || (fd != -EISDIR && fd != -EOPNOTSUPP && fd != -EINVAL))
		return __syscall_ret(fd);
	for (tries = 0; tries < 100; tries++) {
		__tmp_name(name);
		fd = __syscall(SYS_openat, AT_FDCWD, name,
			       O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
		if (fd != -EEXIST)
			break;
	}
	if (fd >= 0)
		__syscall(SYS_unlinkat, AT_FDCWD, name, 0);
	return __syscall_ret(fd);
}

FILE *tmpfile(void)
{
	int fd = open_unnamed();
	FILE *f;

	if (fd < 0)
		return 0;
	f = __fdopen_flags(fd, 0);
	if (!f)
		__syscall(SYS_close, fd);
	return f;
}
