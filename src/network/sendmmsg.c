#define _GNU_SOURCE 1
#include <sys/socket.h>
#include "syscall.h"

int sendmmsg(int fd, struct mmsghdr *msgs, unsigned int n, int flags)
{
	return __syscall_ret(__syscall(SYS_sendmmsg, fd, msgs, n, flags));
}
