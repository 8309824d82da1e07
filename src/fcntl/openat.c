#include <fcntl.h>
#include <stdarg.h>
#include "syscall.h"

int openat(int dirfd, const char *path, int flags, ...)
{
	mode_t mode = 0;

	if ((flags & O_CREAT) || (flags & O_TMPFILE) == O_TMPFILE) {
		va_list ap;
		va_start(ap, flags);
		mode = va_arg(ap, mode_t);
		va_end(ap);
	}
	return __syscall_ret(__syscall(SYS_openat, dirfd, path, flags | O_LARGEFILE, mode));
}
