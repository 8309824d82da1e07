#include <unistd.h>
#include "syscall.h"
#include "unistd_impl.h"

off_t __lseek(int fd, off_t offset, int whence)
{
#ifdef SYS__llseek
	/*
	 * 32-bit arches: the 64-bit offset goes as two words, high first, and
	 * the new offset comes back through memory, as a register cannot hold it.
	 */
	off_t result;
	long r = __syscall(SYS__llseek, fd, (long)(offset >> 32), (long)offset, &result, whence);

	return r ? __syscall_ret(r) : result;
#else
	return __syscall_ret(__syscall(SYS_lseek, fd, offset, whence));
#endif
}

weak_alias(__lseek, lseek);
