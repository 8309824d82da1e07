#include <sys/uio.h>
#include "syscall.h"

ssize_t readv(int fd, const struct iovec *iov, int count)
{
	return __syscall_ret(__syscall(SYS_readv, fd, iov, count));
}
