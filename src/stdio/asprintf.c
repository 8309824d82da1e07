#include <stdarg.h>
#include "stdio_impl.h"

int (asprintf)(char **restrict s, const char *restrict fmt, ...)
{
	va_list ap;
	int r;

	va_start(ap, fmt);
	r = __vasprintf_fp(s, fmt, ap, __fmt_fp);
	va_end(ap);
	return r;
}
