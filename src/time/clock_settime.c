#include <errno.h>
#include <time.h>
#include "syscall.h"

#ifdef SYS_clock_settime64
/* A 32-bit arch: the time64 call, or on a kernel older than 5.1 the old one. */
int clock_settime(clockid_t clk, const struct timespec *ts)
{
	long r = __syscall(SYS_clock_settime64, clk, ts), old[2];

	if (r != -ENOSYS)
		return __syscall_ret(r);
	if (ts->tv_sec != (long)ts->tv_sec)
		return __syscall_ret(-EOVERFLOW);
	old[0] = ts->tv_sec;
	old[1] = ts->tv_nsec;
	return __syscall_ret(__syscall(SYS_clock_settime, clk, old));
}
#else
int clock_settime(clockid_t clk, const struct timespec *ts)
{
	return __syscall_ret(__syscall(SYS_clock_settime, clk, ts));
}
#endif
