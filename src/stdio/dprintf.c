#include <stdarg.h>
#include "stdio_impl.h"

int (dprintf)(int fd, const char *restrict fmt, ...)
{
	va_list ap;
	int r;

	va_start(ap, fmt);
	r = __vdprintf_ops(fd, fmt, ap, &__fmt_ops_all);
	va_end(ap);
	return r;
}
