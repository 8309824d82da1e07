#include <errno.h>
#include <time.h>
#include "syscall.h"
#include "time32.h"

/* Unlike the other calls, clock_nanosleep returns the error number itself. */
#ifdef SYS_clock_nanosleep_time64
int clock_nanosleep(clockid_t clk, int flags, const struct timespec *req, struct timespec *rem)
{
	struct timespec32 old;
	long r = __syscall(SYS_clock_nanosleep_time64, clk, flags, req, rem);

	if (r != -ENOSYS)
		return -r;
	if (__timespec_to32(&old, req))
		return EOVERFLOW;
	r = __syscall(SYS_clock_nanosleep, clk, flags, &old, rem ? &old : 0);
	if (r == -EINTR && rem)
		__timespec_from32(rem, &old);
	return -r;
}
#else
int clock_nanosleep(clockid_t clk, int flags, const struct timespec *req, struct timespec *rem)
{
	return -__syscall(SYS_clock_nanosleep, clk, flags, req, rem);
}
#endif
