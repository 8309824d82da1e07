#include <fcntl.h>
#include "syscall.h"

/*
 * Returns the error number.  The 32-bit calls split both 64-bit values:
 * arm's takes the advice second, so that each pair starts on an even
 * register; i386's takes it last.
 */
int posix_fadvise(int fd, off_t offset, off_t len, int advice)
{
#if defined(SYS_arm_fadvise64_64)
	return (int)-__syscall(SYS_arm_fadvise64_64, fd, advice, __SYSCALL_LL_E(offset), __SYSCALL_LL_E(len));
#elif __SIZEOF_LONG__ == 4
	return (int)-__syscall(SYS_fadvise64_64, fd, __SYSCALL_LL_E(offset), __SYSCALL_LL_E(len), advice);
#else
	return (int)-__syscall(SYS_fadvise64, fd, offset, len, advice);
#endif
}
