#include <errno.h>
#include <stdlib.h>
#include "stdio_impl.h"

/* Measures, allocates, formats again. */
int __vasprintf_ops(char **s, const char *fmt, va_list ap, const struct __fmt_ops *ops)
{
	va_list ap2;
	int n;

	va_copy(ap2, ap);
	n = __vsnprintf_ops(0, 0, fmt, ap2, ops);
	va_end(ap2);
	if (n < 0)
		return -1;
	*s = malloc((size_t)n + 1);
	if (!*s) {
		errno = ENOMEM;
		return -1;
	}
	return __vsnprintf_ops(*s, (size_t)n + 1, fmt, ap, ops);
}
