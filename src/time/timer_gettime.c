#include <stdint.h>
#include <time.h>
#include "syscall.h"
#ifdef SYS_timer_gettime64
#include "ktime.h"
#endif

int timer_gettime(timer_t id, struct itimerspec *curr_value)
{
#ifdef SYS_timer_gettime64
	struct kitimerspec64 k64;
	struct kitimerspec32 k32;
	long r = __syscall(SYS_timer_gettime64, (int)(intptr_t)id, &k64);

	if (r == -ENOSYS) {
		r = __syscall(SYS_timer_gettime, (int)(intptr_t)id, &k32);
		if (!r)
			kits32_out(curr_value, &k32);
	} else if (!r) {
		kits64_out(curr_value, &k64);
	}
	return __syscall_ret(r);
#else
	return __syscall_ret(__syscall(SYS_timer_gettime, (int)(intptr_t)id, curr_value));
#endif
}
