#include <err.h>
#include "err_impl.h"

void warn(const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	__vwarn_any(fmt, ap, 1);
	va_end(ap);
}
