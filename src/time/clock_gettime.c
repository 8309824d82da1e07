#include <errno.h>
#include <time.h>
#include "syscall.h"
#include "time_impl.h"
#include "time32.h"

#ifdef SYS_clock_gettime64
/* A 32-bit arch: the time64 call, or on a kernel older than 5.1 the old one. */
int __clock_gettime(clockid_t clk, struct timespec *ts)
{
	struct timespec32 old;
	long r = __syscall(SYS_clock_gettime64, clk, ts);

	if (r != -ENOSYS)
		return __syscall_ret(r);
	r = __syscall(SYS_clock_gettime, clk, &old);
	if (r)
		return __syscall_ret(r);
	__timespec_from32(ts, &old);
	return 0;
}
#else
int __clock_gettime(clockid_t clk, struct timespec *ts)
{
	return __syscall_ret(__syscall(SYS_clock_gettime, clk, ts));
}
#endif

weak_alias(__clock_gettime, clock_gettime);
