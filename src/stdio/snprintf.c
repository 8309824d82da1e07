#include <stdarg.h>
#include "stdio_impl.h"

int (snprintf)(char *restrict s, size_t n, const char *restrict fmt, ...)
{
	va_list ap;
	int r;

	va_start(ap, fmt);
	r = __vsnprintf_fp(s, n, fmt, ap, __fmt_fp);
	va_end(ap);
	return r;
}
