#define _GNU_SOURCE
#include <fcntl.h>
#include "syscall.h"

/* The offset is the second argument: a register pair that arm aligns. */
ssize_t readahead(int fd, off_t offset, size_t count)
{
	return __syscall_ret(__syscall(SYS_readahead, fd, __SYSCALL_LL_O(offset), count));
}
