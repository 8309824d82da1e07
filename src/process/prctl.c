#include <stdarg.h>
#include <sys/prctl.h>
#include "syscall.h"

/* Four arguments are always fetched, as every libc does: options ignore the unused ones. */
int prctl(int option, ...)
{
	va_list ap;
	unsigned long a[4];

	va_start(ap, option);
	for (int i = 0; i < 4; i++)
		a[i] = va_arg(ap, unsigned long);
	va_end(ap);
	return __syscall_ret(__syscall(SYS_prctl, option, a[0], a[1], a[2], a[3]));
}
