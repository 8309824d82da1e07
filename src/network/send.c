#include <sys/socket.h>
#include "syscall.h"

ssize_t send(int fd, const void *buf, size_t len, int flags)
{
	return __syscall_ret(__syscall(SYS_sendto, fd, buf, len, flags, 0, 0));
}
