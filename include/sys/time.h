#ifndef _SYS_TIME_H
#define _SYS_TIME_H

#include <features.h>
#include <bits/alltypes.h>

/* Shared with <sys/resource.h>, whichever is included first defines it. */
#ifndef __DEFINED_struct_timeval
#define __DEFINED_struct_timeval
struct timeval {
	time_t tv_sec;
	suseconds_t tv_usec;
};
#endif

#ifdef __TD_MISC
/* Obsolete: the kernel no longer keeps a zone; gettimeofday fills zeros. */
struct timezone {
	int tz_minuteswest;
	int tz_dsttime;
};
#endif

struct itimerval {
	struct timeval it_interval;
	struct timeval it_value;
};

#define ITIMER_REAL    0
#define ITIMER_VIRTUAL 1
#define ITIMER_PROF    2

#ifdef __TD_MISC
#define timerisset(t) ((t)->tv_sec || (t)->tv_usec)
#define timerclear(t) ((t)->tv_sec = (t)->tv_usec = 0)
#define timercmp(a, b, op) \
	((a)->tv_sec == (b)->tv_sec ? (a)->tv_usec op (b)->tv_usec : (a)->tv_sec op (b)->tv_sec)
#define timeradd(a, b, r) \
	do { \
		(r)->tv_sec = (a)->tv_sec + (b)->tv_sec; \
		(r)->tv_usec = (a)->tv_usec + (b)->tv_usec; \
		if ((r)->tv_usec >= 1000000) { \
			(r)->tv_sec++; \
			(r)->tv_usec -= 1000000; \
		} \
	} while (0)
#define timersub(a, b, r) \
	do { \
		(r)->tv_sec = (a)->tv_sec - (b)->tv_sec; \
		(r)->tv_usec = (a)->tv_usec - (b)->tv_usec; \
		if ((r)->tv_usec < 0) { \
			(r)->tv_sec--; \
			(r)->tv_usec += 1000000; \
		} \
	} while (0)
#endif

__TD_BEGIN_DECLS

int gettimeofday(struct timeval *__restrict_arg tv, void *__restrict_arg tz);
int getitimer(int which, struct itimerval *value);
int setitimer(int which, const struct itimerval *__restrict_arg value, struct itimerval *__restrict_arg old);
int utimes(const char *path, const struct timeval times[2]);
#ifdef __TD_MISC
int settimeofday(const struct timeval *tv, const struct timezone *tz);
int futimes(int fd, const struct timeval times[2]);
int lutimes(const char *path, const struct timeval times[2]);
#endif

__TD_END_DECLS

#endif
