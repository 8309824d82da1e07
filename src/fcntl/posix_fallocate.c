#include <fcntl.h>
#include "syscall.h"

/* Returns the error number, errno untouched. */
int posix_fallocate(int fd, off_t offset, off_t len)
{
	return (int)-__syscall(SYS_fallocate, fd, 0, __SYSCALL_LL_E(offset), __SYSCALL_LL_E(len));
}
