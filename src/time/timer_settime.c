#include <stdint.h>
#include <time.h>
#include "syscall.h"
#ifdef SYS_timer_settime64
#include "ktime.h"
#endif

int timer_settime(timer_t id, int flags, const struct itimerspec *restrict new_value,
		  struct itimerspec *restrict old_value)
{
#ifdef SYS_timer_settime64
	struct kitimerspec64 n64, o64;
	struct kitimerspec32 n32, o32;
	long r;

	if (new_value)
		n64 = kits64(new_value);
	r = __syscall(SYS_timer_settime64, (int)(intptr_t)id, flags, new_value ? &n64 : 0,
		      old_value ? &o64 : 0);
	if (r != -ENOSYS) {
		if (!r && old_value)
			kits64_out(old_value, &o64);
		return __syscall_ret(r);
	}
	if (new_value && (r = kits32(&n32, new_value)))
		return __syscall_ret(r);
	r = __syscall(SYS_timer_settime, (int)(intptr_t)id, flags, new_value ? &n32 : 0,
		      old_value ? &o32 : 0);
	if (!r && old_value)
		kits32_out(old_value, &o32);
	return __syscall_ret(r);
#else
	return __syscall_ret(__syscall(SYS_timer_settime, (int)(intptr_t)id, flags, new_value, old_value));
#endif
}
