#include <stdarg.h>
#include "stdio_impl.h"

/* snprintf with the conversions stdio.h's macro chose for the call: see there. */
int __snprintf_ops(const struct __fmt_ops *ops, char *restrict s, size_t n, const char *restrict fmt, ...)
{
	va_list ap;
	int r;

	va_start(ap, fmt);
	r = __vsnprintf_ops(s, n, fmt, ap, ops);
	va_end(ap);
	return r;
}
