#include <err.h>
#include <stdlib.h>
#include "err_impl.h"

_Noreturn void verrx(int eval, const char *fmt, va_list ap)
{
	__vwarn_any(fmt, ap, 0);
	exit(eval);
}
