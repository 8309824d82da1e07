#include <stdarg.h>
#include "stdio_impl.h"

int (printf)(const char *restrict fmt, ...)
{
	va_list ap;
	int r;

	va_start(ap, fmt);
	r = __vfprintf_ops(stdout, fmt, ap, &__fmt_ops_all);
	va_end(ap);
	return r;
}
