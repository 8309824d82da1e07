#include <time.h>
#include "syscall.h"
#include "time_impl.h"

int __nanosleep(const struct timespec *req, struct timespec *rem)
{
	return __syscall_ret(__syscall(SYS_nanosleep, req, rem));
}

weak_alias(__nanosleep, nanosleep);
