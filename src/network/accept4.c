#define _GNU_SOURCE 1
#include <sys/socket.h>
#include "syscall.h"

int accept4(int fd, struct sockaddr *restrict addr, socklen_t *restrict len, int flags)
{
	return __syscall_ret(__syscall(SYS_accept4, fd, addr, len, flags));
}
