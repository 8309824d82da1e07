#include <errno.h>
#include <time.h>
#include "syscall.h"
#include "time_impl.h"
#include "time32.h"

#ifdef SYS_clock_nanosleep_time64
/* A kernel older than Linux 5.1: the time32 call, when the request fits it. */
static long nanosleep_time32(const struct timespec *req, struct timespec *rem)
{
	struct timespec32 kreq, krem;
	long r;

	if (!req)
		return -EFAULT;
	if (__timespec_to32(&kreq, req))
		return -ENOSYS;
	r = __syscall(SYS_nanosleep, &kreq, rem ? &krem : 0);
	if (r == -EINTR && rem)
		__timespec_from32(rem, &krem);
	return r;
}
#endif

int __nanosleep(const struct timespec *req, struct timespec *rem)
{
#ifdef SYS_clock_nanosleep_time64
	/* 32-bit arches: the call that takes a 64-bit time_t. */
	long r = __syscall(SYS_clock_nanosleep_time64, CLOCK_REALTIME, 0, req, rem);

	if (r == -ENOSYS)
		r = nanosleep_time32(req, rem);
	return __syscall_ret(r);
#else
	return __syscall_ret(__syscall(SYS_nanosleep, req, rem));
#endif
}

weak_alias(__nanosleep, nanosleep);
