#include <stdarg.h>
#include "stdio_impl.h"

int (snprintf)(char *restrict s, size_t n, const char *restrict fmt, ...)
{
	va_list ap;
	int r;

	va_start(ap, fmt);
	r = __vsnprintf_ops(s, n, fmt, ap, &__fmt_ops_all);
	va_end(ap);
	return r;
}
