#include <unistd.h>
#include "syscall.h"
#include "unistd_impl.h"

ssize_t __write(int fd, const void *buf, size_t count)
{
	return __syscall_ret(__syscall(SYS_write, fd, buf, count));
}

weak_alias(__write, write);
