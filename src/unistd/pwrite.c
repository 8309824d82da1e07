#include <unistd.h>
#include "syscall.h"

ssize_t pwrite(int fd, const void *buf, size_t count, off_t offset)
{
	return __syscall_ret(__syscall(SYS_pwrite64, fd, buf, count, __SYSCALL_LL_O(offset)));
}
