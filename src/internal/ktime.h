/*
 * The kernel's time structures on 32-bit arches: the time64 calls take both
 * fields 64-bit, the old calls (kernels before 5.1) both fields long.  A
 * 64-bit arch passes struct timespec and struct itimerspec as they are.
 */
#ifndef TRAPDOOR_KTIME_H
#define TRAPDOOR_KTIME_H

#include <errno.h>
#include <limits.h>
#include <time.h>

struct ktimespec64 {
	long long tv_sec, tv_nsec;
};

struct kitimerspec64 {
	struct ktimespec64 it_interval, it_value;
};

struct kitimerspec32 {
	long it_interval[2], it_value[2];
};

static inline struct kitimerspec64 kits64(const struct itimerspec *v)
{
	return (struct kitimerspec64){ { v->it_interval.tv_sec, v->it_interval.tv_nsec },
				       { v->it_value.tv_sec, v->it_value.tv_nsec } };
}

static inline void kits64_out(struct itimerspec *v, const struct kitimerspec64 *k)
{
	v->it_interval.tv_sec = k->it_interval.tv_sec;
	v->it_interval.tv_nsec = k->it_interval.tv_nsec;
	v->it_value.tv_sec = k->it_value.tv_sec;
	v->it_value.tv_nsec = k->it_value.tv_nsec;
}

/* 0, or -EOVERFLOW for seconds the old 32-bit calls cannot carry. */
static inline int kits32(struct kitimerspec32 *k, const struct itimerspec *v)
{
	if (v->it_interval.tv_sec != (long)v->it_interval.tv_sec ||
	    v->it_value.tv_sec != (long)v->it_value.tv_sec)
		return -EOVERFLOW;
	*k = (struct kitimerspec32){ { (long)v->it_interval.tv_sec, v->it_interval.tv_nsec },
				     { (long)v->it_value.tv_sec, v->it_value.tv_nsec } };
	return 0;
}

static inline void kits32_out(struct itimerspec *v, const struct kitimerspec32 *k)
{
	v->it_interval.tv_sec = k->it_interval[0];
	v->it_interval.tv_nsec = k->it_interval[1];
	v->it_value.tv_sec = k->it_value[0];
	v->it_value.tv_nsec = k->it_value[1];
}

/* The kernel's itimerval: longs everywhere (there is no time64 setitimer). */
struct kitimerval {
	long it_interval[2], it_value[2];
};

#endif
