#include <errno.h>
#include <time.h>
#include "syscall.h"
#include "time32.h"
#include "time_impl.h"

#ifdef SYS_clock_settime64
/* A 32-bit arch: the time64 call, or on a kernel older than 5.1 the old one. */
int __clock_settime(clockid_t clk, const struct timespec *ts)
{
	struct timespec32 old;
	long r = __syscall(SYS_clock_settime64, clk, ts);

	if (r != -ENOSYS)
		return __syscall_ret(r);
	if (__timespec_to32(&old, ts))
		return __syscall_ret(-EOVERFLOW);
	return __syscall_ret(__syscall(SYS_clock_settime, clk, &old));
}
#else
int __clock_settime(clockid_t clk, const struct timespec *ts)
{
	return __syscall_ret(__syscall(SYS_clock_settime, clk, ts));
}
#endif

weak_alias(__clock_settime, clock_settime);
