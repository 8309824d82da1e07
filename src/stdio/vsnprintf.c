#include <stdarg.h>
#include "stdio_impl.h"

int vsnprintf(char *restrict s, size_t n, const char *restrict fmt, va_list ap)
{
	return __vsnprintf_ops(s, n, fmt, ap, &__fmt_ops_all);
}
