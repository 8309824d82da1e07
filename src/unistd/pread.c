#include <unistd.h>
#include "syscall.h"

ssize_t pread(int fd, void *buf, size_t count, off_t offset)
{
	return __syscall_ret(__syscall(SYS_pread64, fd, buf, count, __SYSCALL_LL_O(offset)));
}
