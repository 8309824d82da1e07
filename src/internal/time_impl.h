/* Reserved names of <time.h> functions the library calls itself. */
#ifndef TRAPDOOR_TIME_IMPL_H
#define TRAPDOOR_TIME_IMPL_H

#include <time.h>
#include "libc.h"

hidden int __nanosleep(const struct timespec *req, struct timespec *rem);
hidden int __clock_gettime(clockid_t clk, struct timespec *ts);
/* clock_gettime through the system call, never the vDSO (for tests and benchmarks). */
hidden int __clock_gettime_syscall(clockid_t clk, struct timespec *ts);
hidden struct tm *__gmtime_r(const time_t *restrict t, struct tm *restrict tm);

#endif
