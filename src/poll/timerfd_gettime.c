#include <sys/timerfd.h>
#include "syscall.h"
#ifdef SYS_timerfd_gettime64
#include "ktime.h"
#endif

int timerfd_gettime(int fd, struct itimerspec *curr_value)
{
#ifdef SYS_timerfd_gettime64
	struct kitimerspec64 k64;
	struct kitimerspec32 k32;
	long r = __syscall(SYS_timerfd_gettime64, fd, &k64);

	if (r == -ENOSYS) {
		r = __syscall(SYS_timerfd_gettime, fd, &k32);
		if (!r)
			kits32_out(curr_value, &k32);
	} else if (!r) {
		kits64_out(curr_value, &k64);
	}
	return __syscall_ret(r);
#else
	return __syscall_ret(__syscall(SYS_timerfd_gettime, fd, curr_value));
#endif
}
