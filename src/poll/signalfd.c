#include <sys/signalfd.h>
#include "ksigaction.h"
#include "syscall.h"

/* signalfd4 is the one every arch has; the mask goes at the kernel's size. */
int signalfd(int fd, const sigset_t *mask, int flags)
{
	return __syscall_ret(__syscall(SYS_signalfd4, fd, mask, KSIGSET_SIZE, flags));
}
