#include <fcntl.h>
#include <stdarg.h>

int open(const char *path, int flags, ...)
{
	mode_t mode = 0;

	/* The mode argument exists only when the file may be created. */
	if ((flags & O_CREAT) || (flags & O_TMPFILE) == O_TMPFILE) {
		va_list ap;
		va_start(ap, flags);
		mode = va_arg(ap, mode_t);
		va_end(ap);
	}
	return openat(AT_FDCWD, path, flags, mode);
}
