#include <stdarg.h>
#include "stdio_impl.h"

/* asprintf with the conversions stdio.h's macro chose for the call: see there. */
int __asprintf_ops(const struct __fmt_ops *ops, char **restrict s, const char *restrict fmt, ...)
{
	va_list ap;
	int r;

	va_start(ap, fmt);
	r = __vasprintf_ops(s, fmt, ap, ops);
	va_end(ap);
	return r;
}
