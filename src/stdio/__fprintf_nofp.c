#include <stdarg.h>
#include "stdio_impl.h"

/* fprintf for calls with no floating-point argument (see stdio.h). */
int __fprintf_nofp(FILE *restrict f, const char *restrict fmt, ...)
{
	va_list ap;
	int r;

	va_start(ap, fmt);
	r = __vfprintf_fp(f, fmt, ap, 0);
	va_end(ap);
	return r;
}
