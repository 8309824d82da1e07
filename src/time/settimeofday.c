#define _GNU_SOURCE
#include <errno.h>
#include <sys/time.h>
#include <time.h>
#include "syscall.h"
#include "time_impl.h"

/*
 * The time through clock_settime (right past 2038 on 32-bit arches too);
 * the obsolete zone, if given, through the kernel's own call.
 */
int settimeofday(const struct timeval *tv, const struct timezone *tz)
{
	struct timespec ts;

	if (tv && (tv->tv_usec < 0 || tv->tv_usec >= 1000000))
		return __syscall_ret(-EINVAL);
	if (tz && __syscall_ret(__syscall(SYS_settimeofday, 0, tz)))
		return -1;
	if (!tv)
		return 0;
	ts = (struct timespec){ .tv_sec = tv->tv_sec, .tv_nsec = tv->tv_usec * 1000 };
	return __clock_settime(CLOCK_REALTIME, &ts);
}
