/* Reserved names of <time.h> functions the library calls itself. */
#ifndef TRAPDOOR_TIME_IMPL_H
#define TRAPDOOR_TIME_IMPL_H

#include <sys/time.h>
#include <time.h>
#include "libc.h"

hidden int __nanosleep(const struct timespec *req, struct timespec *rem);
hidden int __clock_gettime(clockid_t clk, struct timespec *ts);
/* clock_gettime through the system call, never the vDSO (for tests and benchmarks). */
hidden int __clock_gettime_syscall(clockid_t clk, struct timespec *ts);
hidden int __clock_settime(clockid_t clk, const struct timespec *ts);
hidden struct tm *__gmtime_r(const time_t *restrict t, struct tm *restrict tm);

/* Two timevals as the timespecs utimensat takes; 0, or -1 for a tv_usec out of range. */
static inline int __timevals_to_ts(struct timespec ts[2], const struct timeval tv[2])
{
	for (int i = 0; i < 2; i++) {
		if (tv[i].tv_usec < 0 || tv[i].tv_usec >= 1000000)
			return -1;
		ts[i].tv_sec = tv[i].tv_sec;
		ts[i].tv_nsec = tv[i].tv_usec * 1000;
	}
	return 0;
}

#endif
