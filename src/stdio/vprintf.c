#include <stdarg.h>
#include "stdio_impl.h"

int vprintf(const char *restrict fmt, va_list ap)
{
	return __vfprintf_ops(stdout, fmt, ap, &__fmt_ops_all);
}
