#include <stdarg.h>
#include "stdio_impl.h"

int (asprintf)(char **restrict s, const char *restrict fmt, ...)
{
	va_list ap;
	int r;

	va_start(ap, fmt);
	r = __vasprintf_ops(s, fmt, ap, &__fmt_ops_all);
	va_end(ap);
	return r;
}
