#include <stdarg.h>
#include "stdio_impl.h"

/* printf with the conversions stdio.h's macro chose for the call: see there. */
int __printf_ops(const struct __fmt_ops *ops, const char *restrict fmt, ...)
{
	va_list ap;
	int r;

	va_start(ap, fmt);
	r = __vfprintf_ops(stdout, fmt, ap, ops);
	va_end(ap);
	return r;
}
