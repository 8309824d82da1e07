#include <stdarg.h>
#include "stdio_impl.h"

int vprintf(const char *restrict fmt, va_list ap)
{
	return __vfprintf_fp(stdout, fmt, ap, __fmt_fp);
}
