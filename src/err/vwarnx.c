#include <err.h>
#include "err_impl.h"

void vwarnx(const char *fmt, va_list ap)
{
	__vwarn_any(fmt, ap, 0);
}
