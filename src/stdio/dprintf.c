#include <stdarg.h>
#include "stdio_impl.h"

int (dprintf)(int fd, const char *restrict fmt, ...)
{
	va_list ap;
	int r;

	va_start(ap, fmt);
	r = __vdprintf_fp(fd, fmt, ap, __fmt_fp);
	va_end(ap);
	return r;
}
