#include <unistd.h>
#include "syscall.h"

int truncate(const char *path, off_t length)
{
#ifdef SYS_truncate64
	return __syscall_ret(__syscall(SYS_truncate64, path, __SYSCALL_LL_O(length)));
#else
	return __syscall_ret(__syscall(SYS_truncate, path, length));
#endif
}
