#include <stdarg.h>
#include "stdio_impl.h"

int vdprintf(int fd, const char *restrict fmt, va_list ap)
{
	return __vdprintf_ops(fd, fmt, ap, &__fmt_ops_all);
}
