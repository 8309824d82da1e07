#include <stdint.h>
#include <stdarg.h>
#include "stdio_impl.h"

/* sprintf for calls with no floating-point argument (see stdio.h). */
int __sprintf_nofp(char *restrict s, const char *restrict fmt, ...)
{
	va_list ap;
	int r;

	va_start(ap, fmt);
	r = __vsnprintf_fp(s, SIZE_MAX, fmt, ap, 0);
	va_end(ap);
	return r;
}
