#include <unistd.h>
#include "syscall.h"

int fchown(int fd, uid_t owner, gid_t group)
{
#ifdef SYS_fchown32
	/* i386 and arm: the plain call takes 16-bit ids. */
	return __syscall_ret(__syscall(SYS_fchown32, fd, owner, group));
#else
	return __syscall_ret(__syscall(SYS_fchown, fd, owner, group));
#endif
}
