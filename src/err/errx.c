#include <err.h>
#include <stdlib.h>
#include "err_impl.h"

_Noreturn void errx(int eval, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	__vwarn_any(fmt, ap, 0);
	va_end(ap);
	exit(eval);
}
