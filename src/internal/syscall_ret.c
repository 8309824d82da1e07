#include <errno.h>
#include "syscall.h"

long __syscall_ret(unsigned long r)
{
	if (__syscall_failed(r)) {
		errno = -(long)r;
		return -1;
	}
	return r;
}
