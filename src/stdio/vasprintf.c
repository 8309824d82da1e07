#include <stdarg.h>
#include "stdio_impl.h"

int vasprintf(char **restrict s, const char *restrict fmt, va_list ap)
{
	return __vasprintf_fp(s, fmt, ap, __fmt_fp);
}
