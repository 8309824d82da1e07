#include <stdint.h>
#include <stdarg.h>
#include "stdio_impl.h"

int (sprintf)(char *restrict s, const char *restrict fmt, ...)
{
	va_list ap;
	int r;

	va_start(ap, fmt);
	r = __vsnprintf_fp(s, SIZE_MAX, fmt, ap, __fmt_fp);
	va_end(ap);
	return r;
}
