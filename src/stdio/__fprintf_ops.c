#include <stdarg.h>
#include "stdio_impl.h"

/* fprintf with the conversions stdio.h's macro chose for the call: see there. */
int __fprintf_ops(const struct __fmt_ops *ops, FILE *restrict f, const char *restrict fmt, ...)
{
	va_list ap;
	int r;

	va_start(ap, fmt);
	r = __vfprintf_ops(f, fmt, ap, ops);
	va_end(ap);
	return r;
}
