#include <fcntl.h>
#include <stdarg.h>
#include "syscall.h"

int fcntl(int fd, int cmd, ...)
{
	va_list ap;
	unsigned long arg;

	/* Every command takes at most one argument, an int or a pointer. */
	va_start(ap, cmd);
	arg = va_arg(ap, unsigned long);
	va_end(ap);
	return __syscall_ret(__syscall(SYS_fcntl, fd, cmd, arg));
}
