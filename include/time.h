#ifndef _TIME_H
#define _TIME_H

#include <features.h>
#include <stddef.h>
#include <bits/alltypes.h>

/* Shared with <sys/stat.h>, whichever is included first defines it. */
#ifndef __DEFINED_struct_timespec
#define __DEFINED_struct_timespec
struct timespec {
	time_t tv_sec;
	long tv_nsec;
};
#endif

#define CLOCK_REALTIME  0
#define CLOCK_MONOTONIC 1

__TD_BEGIN_DECLS

int nanosleep(const struct timespec *req, struct timespec *rem);

__TD_END_DECLS

#endif
