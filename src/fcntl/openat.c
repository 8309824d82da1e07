#include <fcntl.h>
#include <stdarg.h>
#include "open_mode.h"
#include "syscall.h"
#include "fcntl_impl.h"

int __openat(int dirfd, const char *path, int flags, ...)
{
	va_list ap;
	mode_t mode;

	va_start(ap, flags);
	mode = OPEN_TAKES_MODE(flags) ? va_arg(ap, mode_t) : 0;
	va_end(ap);
#ifndef SYS_openat
	/* A kernel with open alone (Hermit): the paths open can name. */
	if (dirfd == AT_FDCWD || (path && *path == '/'))
		return __syscall_ret(__syscall(SYS_open, path, flags | O_LARGEFILE, mode));
#endif
	return __syscall_ret(__syscall(SYS_openat, dirfd, path, flags | O_LARGEFILE, mode));
}

weak_alias(__openat, openat);
