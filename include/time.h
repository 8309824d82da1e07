#ifndef _TIME_H
#define _TIME_H

#include <features.h>
#include <stddef.h>
#include <bits/alltypes.h>

struct timespec {
	time_t tv_sec;
	long tv_nsec;
};

#define CLOCK_REALTIME  0
#define CLOCK_MONOTONIC 1

__TD_BEGIN_DECLS

int nanosleep(const struct timespec *req, struct timespec *rem);

__TD_END_DECLS

#endif
