#include <sys/pidfd.h>
#include "syscall.h"

/* Linux 5.3; ENOSYS before. */
int pidfd_open(pid_t pid, unsigned int flags)
{
	return __syscall_ret(__syscall(SYS_pidfd_open, pid, flags));
}
