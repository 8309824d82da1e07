#include <stdarg.h>
#include "stdio_impl.h"

int vfprintf(FILE *restrict f, const char *restrict fmt, va_list ap)
{
	return __vfprintf_fp(f, fmt, ap, __fmt_fp);
}
