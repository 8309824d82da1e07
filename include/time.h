#ifndef _TIME_H
#define _TIME_H

#include <features.h>
#include <stddef.h>
#include <bits/alltypes.h>

#include <bits/timespec.h>

#ifndef __DEFINED_timer_t
#define __DEFINED_timer_t
typedef void *timer_t;
#endif

struct sigevent;

struct itimerspec {
	struct timespec it_interval;
	struct timespec it_value;
};

struct tm {
	int tm_sec;
	int tm_min;
	int tm_hour;
	int tm_mday;
	int tm_mon;
	int tm_year;
	int tm_wday;
	int tm_yday;
	int tm_isdst;
#ifdef __TD_MISC
	long tm_gmtoff;
	const char *tm_zone;
#else
	long __tm_gmtoff;
	const char *__tm_zone;
#endif
};

#define CLOCKS_PER_SEC ((clock_t)1000000)
#define TIME_UTC 1

#define CLOCK_REALTIME           0
#define CLOCK_MONOTONIC          1
#define CLOCK_PROCESS_CPUTIME_ID 2
#define CLOCK_THREAD_CPUTIME_ID  3
#define CLOCK_MONOTONIC_RAW      4
#define CLOCK_REALTIME_COARSE    5
#define CLOCK_MONOTONIC_COARSE   6
#define CLOCK_BOOTTIME           7
#define CLOCK_REALTIME_ALARM     8
#define CLOCK_BOOTTIME_ALARM     9
#define CLOCK_TAI                11

#define TIMER_ABSTIME 1

__TD_BEGIN_DECLS

time_t time(time_t *t);
clock_t clock(void);
double difftime(time_t t1, time_t t0);
struct tm *gmtime(const time_t *t);

int nanosleep(const struct timespec *req, struct timespec *rem);
int clock_gettime(clockid_t clk, struct timespec *ts);
int clock_getres(clockid_t clk, struct timespec *ts);
int clock_settime(clockid_t clk, const struct timespec *ts);
int clock_nanosleep(clockid_t clk, int flags, const struct timespec *req, struct timespec *rem);
struct tm *gmtime_r(const time_t *__restrict_arg t, struct tm *__restrict_arg tm);

int timer_create(clockid_t clk, struct sigevent *__restrict_arg sev, timer_t *__restrict_arg id);
int timer_settime(timer_t id, int flags, const struct itimerspec *__restrict_arg value,
		  struct itimerspec *__restrict_arg old);
int timer_gettime(timer_t id, struct itimerspec *value);
int timer_getoverrun(timer_t id);
int timer_delete(timer_t id);

struct tm *localtime(const time_t *t);
time_t mktime(struct tm *tm);
char *asctime(const struct tm *tm);
char *ctime(const time_t *t);
size_t strftime(char *__restrict_arg s, size_t max, const char *__restrict_arg format,
		const struct tm *__restrict_arg tm);

#ifdef __TD_POSIX
extern char *tzname[2];
void tzset(void);
struct tm *localtime_r(const time_t *__restrict_arg t, struct tm *__restrict_arg tm);
char *asctime_r(const struct tm *__restrict_arg tm, char *__restrict_arg buf);
char *ctime_r(const time_t *t, char *buf);
#endif

#ifdef __TD_XOPEN
extern long timezone;
extern int daylight;
char *strptime(const char *__restrict_arg s, const char *__restrict_arg format, struct tm *__restrict_arg tm);
#endif

#ifdef __TD_MISC
time_t timegm(struct tm *tm);
#endif

__TD_END_DECLS

#endif
