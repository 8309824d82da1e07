#include <stdarg.h>
#include "stdio_impl.h"

/* asprintf for calls with no floating-point argument (see stdio.h). */
int __asprintf_nofp(char **restrict s, const char *restrict fmt, ...)
{
	va_list ap;
	int r;

	va_start(ap, fmt);
	r = __vasprintf_fp(s, fmt, ap, 0);
	va_end(ap);
	return r;
}
