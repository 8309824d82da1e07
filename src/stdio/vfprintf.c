#include <stdarg.h>
#include "stdio_impl.h"

int vfprintf(FILE *restrict f, const char *restrict fmt, va_list ap)
{
	return __vfprintf_ops(f, fmt, ap, &__fmt_ops_all);
}
