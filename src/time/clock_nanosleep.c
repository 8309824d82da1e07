#include <errno.h>
#include <time.h>
#include "syscall.h"

/* Unlike the other calls, clock_nanosleep returns the error number itself. */
#ifdef SYS_clock_nanosleep_time64
int clock_nanosleep(clockid_t clk, int flags, const struct timespec *req, struct timespec *rem)
{
	long r = __syscall(SYS_clock_nanosleep_time64, clk, flags, req, rem), old[2];

	if (r != -ENOSYS)
		return -r;
	if (req->tv_sec != (long)req->tv_sec)
		return EOVERFLOW;
	old[0] = req->tv_sec;
	old[1] = req->tv_nsec;
	r = __syscall(SYS_clock_nanosleep, clk, flags, old, rem ? old : 0);
	if (r == -EINTR && rem) {
		rem->tv_sec = old[0];
		rem->tv_nsec = old[1];
	}
	return -r;
}
#else
int clock_nanosleep(clockid_t clk, int flags, const struct timespec *req, struct timespec *rem)
{
	return -__syscall(SYS_clock_nanosleep, clk, flags, req, rem);
}
#endif
