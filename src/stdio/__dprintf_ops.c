#include <stdarg.h>
#include "stdio_impl.h"

/* dprintf with the conversions stdio.h's macro chose for the call: see there. */
int __dprintf_ops(const struct __fmt_ops *ops, int fd, const char *restrict fmt, ...)
{
	va_list ap;
	int r;

	va_start(ap, fmt);
	r = __vdprintf_ops(fd, fmt, ap, ops);
	va_end(ap);
	return r;
}
