#include <sys/ioctl.h>
#include <sys/socket.h>
#include "syscall.h"

int sockatmark(int fd)
{
	int at;
	long r = __syscall(SYS_ioctl, fd, SIOCATMARK, &at);

	return r ? __syscall_ret(r) : at;
}
