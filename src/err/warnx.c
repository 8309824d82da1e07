#include <err.h>
#include "err_impl.h"

void warnx(const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	__vwarn_any(fmt, ap, 0);
	va_end(ap);
}
