#include <errno.h>
#include <time.h>
#include "syscall.h"
#include "time32.h"

#ifdef SYS_clock_getres_time64
/* A 32-bit arch: the time64 call, or on a kernel older than 5.1 the old one. */
int clock_getres(clockid_t clk, struct timespec *ts)
{
	struct timespec32 old;
	long r = __syscall(SYS_clock_getres_time64, clk, ts);

	if (r != -ENOSYS)
		return __syscall_ret(r);
	r = __syscall(SYS_clock_getres, clk, ts ? &old : 0);
	if (r || !ts)
		return __syscall_ret(r);
	__timespec_from32(ts, &old);
	return 0;
}
#else
int clock_getres(clockid_t clk, struct timespec *ts)
{
	return __syscall_ret(__syscall(SYS_clock_getres, clk, ts));
}
#endif
