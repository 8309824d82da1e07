#include <stdint.h>
#include <stdarg.h>
#include "stdio_impl.h"

int (sprintf)(char *restrict s, const char *restrict fmt, ...)
{
	va_list ap;
	int r;

	va_start(ap, fmt);
	r = __vsnprintf_ops(s, SIZE_MAX, fmt, ap, &__fmt_ops_all);
	va_end(ap);
	return r;
}
