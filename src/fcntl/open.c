#include <fcntl.h>
#include <stdarg.h>
#include "open_mode.h"
#include "fcntl_impl.h"

int __open(const char *path, int flags, ...)
{
	va_list ap;
	mode_t mode;

	va_start(ap, flags);
	mode = OPEN_TAKES_MODE(flags) ? va_arg(ap, mode_t) : 0;
	va_end(ap);
	return __openat(AT_FDCWD, path, flags, mode);
}

weak_alias(__open, open);
