#include <sys/timerfd.h>
#include "syscall.h"

int timerfd_create(int clockid, int flags)
{
	return __syscall_ret(__syscall(SYS_timerfd_create, clockid, flags));
}
