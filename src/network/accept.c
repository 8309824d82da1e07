#include <sys/socket.h>
#include "syscall.h"

/* i386 and s390x have no accept call of their own: accept4 with no flags is the same. */
int accept(int fd, struct sockaddr *restrict addr, socklen_t *restrict len)
{
#ifdef SYS_accept
	return __syscall_ret(__syscall(SYS_accept, fd, addr, len));
#else
	return __syscall_ret(__syscall(SYS_accept4, fd, addr, len, 0));
#endif
}
