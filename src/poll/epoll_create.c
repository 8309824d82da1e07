#include <errno.h>
#include <sys/epoll.h>
#include "syscall.h"

/* The size is a hint the kernel ignores, but must be positive. */
int epoll_create(int size)
{
	if (size <= 0)
		return __syscall_ret(-EINVAL);
	return __syscall_ret(__syscall(SYS_epoll_create1, 0));
}
