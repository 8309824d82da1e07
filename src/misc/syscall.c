#include <stdarg.h>
#include <unistd.h>
#include "syscall.h"

/*
 * Six arguments are always fetched: reading va_args the caller did not pass
 * is what every libc does here, and the kernel ignores the extra registers.
 */
long syscall(long n, ...)
{
	va_list ap;
	long a, b, c, d, e, f;

	va_start(ap, n);
	a = va_arg(ap, long);
	b = va_arg(ap, long);
	c = va_arg(ap, long);
	d = va_arg(ap, long);
	e = va_arg(ap, long);
	f = va_arg(ap, long);
	va_end(ap);
	return __syscall_ret(__syscall6(n, a, b, c, d, e, f));
}
