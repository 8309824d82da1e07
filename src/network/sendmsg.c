#include <sys/socket.h>
#include "syscall.h"

ssize_t sendmsg(int fd, const struct msghdr *msg, int flags)
{
	return __syscall_ret(__syscall(SYS_sendmsg, fd, msg, flags));
}
