#include <unistd.h>
#include "syscall.h"
#include "unistd_impl.h"

ssize_t __read(int fd, void *buf, size_t count)
{
	return __syscall_ret(__syscall(SYS_read, fd, buf, count));
}

weak_alias(__read, read);
