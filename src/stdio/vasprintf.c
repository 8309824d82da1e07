#include <stdarg.h>
#include "stdio_impl.h"

int vasprintf(char **restrict s, const char *restrict fmt, va_list ap)
{
	return __vasprintf_ops(s, fmt, ap, &__fmt_ops_all);
}
