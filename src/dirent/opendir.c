#include <dirent.h>
#include <fcntl.h>
#include "dirent_impl.h"
#include "syscall.h"

DIR *__opendir(const char *path)
{
	long fd = __syscall(SYS_openat, AT_FDCWD, path, O_RDONLY | O_DIRECTORY | O_CLOEXEC | O_LARGEFILE);
	DIR *d;

	if (fd < 0) {
		__syscall_ret(fd);
		return 0;
	}
	d = __fdopendir(fd);
	if (!d)
		__syscall(SYS_close, fd);
	return d;
}

weak_alias(__opendir, opendir);
