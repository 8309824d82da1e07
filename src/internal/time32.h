/*
 * The time32 ABI of 32-bit arches.  Their kernels have a second set of calls
 * for 64-bit time (clock_nanosleep_time64 ...) and keep the old ones, whose
 * struct timespec is two longs.  The library uses the time64 calls and falls
 * back to the old ones only when the kernel predates them (ENOSYS) and the
 * value fits in a long.
 */
#ifndef TRAPDOOR_TIME32_H
#define TRAPDOOR_TIME32_H

#include <time.h>

struct timespec32 {
	long tv_sec;
	long tv_nsec;
};

/* ts as the old struct; 0, or -1 when tv_sec does not fit. */
static inline int __timespec_to32(struct timespec32 *k, const struct timespec *ts)
{
	if (ts->tv_sec != (long)ts->tv_sec)
		return -1;
	k->tv_sec = ts->tv_sec;
	k->tv_nsec = ts->tv_nsec;
	return 0;
}

static inline void __timespec_from32(struct timespec *ts, const struct timespec32 *k)
{
	*ts = (struct timespec){ .tv_sec = k->tv_sec, .tv_nsec = k->tv_nsec };
}

#endif
