#include <errno.h>
#include <stdlib.h>
#include "stdio_impl.h"

/* Measures, allocates, formats again. */
int __vasprintf_fp(char **s, const char *fmt, va_list ap, __fmt_fp_fn *fp)
{
	va_list ap2;
	int n;

	va_copy(ap2, ap);
	n = __vsnprintf_fp(0, 0, fmt, ap2, fp);
	va_end(ap2);
	if (n < 0)
		return -1;
	*s = malloc((size_t)n + 1);
	if (!*s) {
		errno = ENOMEM;
		return -1;
	}
	return __vsnprintf_fp(*s, (size_t)n + 1, fmt, ap, fp);
}
