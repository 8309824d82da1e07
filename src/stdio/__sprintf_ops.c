#include <stdint.h>
#include <stdarg.h>
#include "stdio_impl.h"

/* sprintf with the conversions stdio.h's macro chose for the call: see there. */
int __sprintf_ops(const struct __fmt_ops *ops, char *restrict s, const char *restrict fmt, ...)
{
	va_list ap;
	int r;

	va_start(ap, fmt);
	r = __vsnprintf_ops(s, SIZE_MAX, fmt, ap, ops);
	va_end(ap);
	return r;
}
