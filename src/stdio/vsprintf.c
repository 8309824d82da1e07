#include <stdint.h>
#include <stdarg.h>
#include "stdio_impl.h"

int vsprintf(char *restrict s, const char *restrict fmt, va_list ap)
{
	return __vsnprintf_ops(s, SIZE_MAX, fmt, ap, &__fmt_ops_all);
}
