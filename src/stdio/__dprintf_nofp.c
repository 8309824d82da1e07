#include <stdarg.h>
#include "stdio_impl.h"

/* dprintf for calls with no floating-point argument (see stdio.h). */
int __dprintf_nofp(int fd, const char *restrict fmt, ...)
{
	va_list ap;
	int r;

	va_start(ap, fmt);
	r = __vdprintf_fp(fd, fmt, ap, 0);
	va_end(ap);
	return r;
}
