#include <stdarg.h>
#include "stdio_impl.h"

/* snprintf for calls with no floating-point argument (see stdio.h). */
int __snprintf_nofp(char *restrict s, size_t n, const char *restrict fmt, ...)
{
	va_list ap;
	int r;

	va_start(ap, fmt);
	r = __vsnprintf_fp(s, n, fmt, ap, 0);
	va_end(ap);
	return r;
}
