#include <stdarg.h>
#include "stdio_impl.h"

/* printf for calls with no floating-point argument (see stdio.h). */
int __printf_nofp(const char *restrict fmt, ...)
{
	va_list ap;
	int r;

	va_start(ap, fmt);
	r = __vfprintf_fp(stdout, fmt, ap, 0);
	va_end(ap);
	return r;
}
