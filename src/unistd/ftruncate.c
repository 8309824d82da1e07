#include <unistd.h>
#include "syscall.h"

int ftruncate(int fd, off_t length)
{
#ifdef SYS_ftruncate64
	return __syscall_ret(__syscall(SYS_ftruncate64, fd, __SYSCALL_LL_O(length)));
#else
	return __syscall_ret(__syscall(SYS_ftruncate, fd, length));
#endif
}
