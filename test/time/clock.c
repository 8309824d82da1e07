/* <time.h> clocks and gmtime; <sys/time.h> gettimeofday. */
#define _GNU_SOURCE
#include <limits.h>
#include <stdint.h>
#include <sys/auxv.h>
#include <sys/time.h>
#include <time.h>
#include "t.h"

static const struct {
	long long t;
	int year, mon, mday, hour, min, sec, wday, yday;
} dates[] = {
	{ 0LL, 70, 0, 1, 0, 0, 0, 4, 0 },
	{ -1LL, 69, 11, 31, 23, 59, 59, 3, 364 },
	{ 951782400LL, 100, 1, 29, 0, 0, 0, 2, 59 },
	{ 2147483647LL, 138, 0, 19, 3, 14, 7, 2, 18 },
	{ 2147483648LL, 138, 0, 19, 3, 14, 8, 2, 18 },
	{ 4102444800LL, 200, 0, 1, 0, 0, 0, 5, 0 },
	{ 253402300799LL, 8099, 11, 31, 23, 59, 59, 5, 364 },
	{ -62135596800LL, -1899, 0, 1, 0, 0, 0, 1, 0 },
	{ 1709251199LL, 124, 1, 29, 23, 59, 59, 4, 59 },
	{ -2208988800LL, 0, 0, 1, 0, 0, 0, 1, 0 },
	{ 1234567890LL, 109, 1, 13, 23, 31, 30, 5, 43 },
	{ 204521145LL, 76, 5, 25, 3, 25, 45, 5, 176 },
	{ -12219292800LL, -318, 9, 15, 0, 0, 0, 5, 287 },
	/* The first and last seconds whose year fits tm_year. */
	{ 67768036191676799LL, INT_MAX, 11, 31, 23, 59, 59, 3, 364 },
	{ -67768040609740800LL, INT_MIN, 0, 1, 0, 0, 0, 4, 0 },
	{ -62198755200LL, -1901, 0, 1, 0, 0, 0, 5, 0 },
};

static void gm(void)
{
	struct tm tm, *p;
	size_t i;
	int bad = 0;
	time_t t;

	for (i = 0; i < sizeof dates / sizeof dates[0]; i++) {
		t = dates[i].t;
		memset(&tm, 0x55, sizeof tm);
		p = gmtime_r(&t, &tm);
		if (p != &tm || tm.tm_year != dates[i].year || tm.tm_mon != dates[i].mon ||
		    tm.tm_mday != dates[i].mday || tm.tm_hour != dates[i].hour || tm.tm_min != dates[i].min ||
		    tm.tm_sec != dates[i].sec || tm.tm_wday != dates[i].wday || tm.tm_yday != dates[i].yday ||
		    tm.tm_isdst != 0 || tm.tm_gmtoff != 0) {
			t_begin("gmtime_r_table");
			t_fail();
			t_out("at ");
			t_num(dates[i].t);
			t_out("\n");
			bad = 1;
		}
	}
	if (!bad)
		t_eq("gmtime_r_table", 0, 0);
	t = 67768036191676800LL;
	errno = 0;
	t_true("gmtime_r_past_int_year_null", gmtime_r(&t, &tm) == NULL, "not NULL");
	t_eq("gmtime_r_past_int_year_eoverflow", errno, EOVERFLOW);
	t = -67768040609740801LL;
	t_true("gmtime_r_before_int_year_null", gmtime_r(&t, &tm) == NULL, "not NULL");
	t = INT64_MAX;
	t_true("gmtime_max_null", gmtime(&t) == NULL, "not NULL");
	t = INT64_MIN;
	t_true("gmtime_min_null", gmtime(&t) == NULL, "not NULL");
	t = 951782400;
	p = gmtime(&t);
	t_true("gmtime_static", p && p == gmtime(&t) && p->tm_mday == 29 && p->tm_mon == 1, "wrong date or not one static");
	t_str("gmtime_zone", p->tm_zone, "GMT");
	t_true("difftime", difftime(10, 3) == 7.0 && difftime(3, 10) == -7.0, "wrong difference");
	/* 2^64 - 1 rounds to the double 2^64; spelled exactly, as i386 evaluates a decimal constant in long double. */
	t_true("difftime_wide", difftime(INT64_MAX, INT64_MIN) == 0x1p64, "wrong wide difference");
}

static void bad_pointer(void)
{
	_exit(clock_gettime(CLOCK_REALTIME, (struct timespec *)8) == -1 && errno == EFAULT ? 0 : 1);
}

/*
 * A bad pointer: the system call answers EFAULT, the vDSO (which writes
 * there itself, as with glibc) takes SIGSEGV.  qemu-user may offer either.
 */
static void efault(void)
{
	int status = t_in_child(bad_pointer);

	if (t_under_qemu())
		t_true("clock_gettime_efault", status == 0 || (WIFSIGNALED(status) && WTERMSIG(status) == SIGSEGV),
		       "neither EFAULT nor SIGSEGV");
	else if (getauxval(AT_SYSINFO_EHDR))
		T_KILLED("clock_gettime_efault_vdso", status, SIGSEGV);
	else
		T_EXITED("clock_gettime_efault", status, 0);
}

static void clocks(void)
{
	struct timespec a, b, res;
	struct timeval tv;
	struct timezone tz = { 5, 5 };
	time_t t, t2;
	clock_t c;

	t_eq("time_t_64bit", sizeof(time_t), 8);
	t_eq("clock_gettime_realtime", clock_gettime(CLOCK_REALTIME, &a), 0);
	t_true("realtime_plausible", a.tv_sec > 1600000000 && a.tv_nsec >= 0 && a.tv_nsec < 1000000000,
		"realtime before 2020 or nsec out of range");
	t_eq("time_null", (t = time(NULL)) >= a.tv_sec, 1);
	t = time(&t2);
	t_eq("time_stores", t, t2);
	t_eq("gettimeofday", gettimeofday(&tv, &tz), 0);
	t_true("gettimeofday_plausible", tv.tv_sec >= a.tv_sec && tv.tv_usec >= 0 && tv.tv_usec < 1000000,
		"gettimeofday went back or usec out of range");
	t_eq("gettimeofday_zone_zero", tz.tz_minuteswest | tz.tz_dsttime, 0);
	t_eq("gettimeofday_null", gettimeofday(NULL, NULL), 0);
	t_eq("clock_gettime_monotonic", clock_gettime(CLOCK_MONOTONIC, &a), 0);
	clock_gettime(CLOCK_MONOTONIC, &b);
	t_true("monotonic_never_back", b.tv_sec > a.tv_sec || (b.tv_sec == a.tv_sec && b.tv_nsec >= a.tv_nsec),
		"CLOCK_MONOTONIC went back");
	t_eq("clock_gettime_boottime", clock_gettime(CLOCK_BOOTTIME, &a), 0);
	t_eq("clock_gettime_process_cpu", clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &a), 0);
	T_ERR("clock_gettime_bad_clock_einval", clock_gettime(99, &a), EINVAL);
	efault();
	t_eq("clock_getres", clock_getres(CLOCK_MONOTONIC, &res), 0);
	t_true("clock_getres_range", res.tv_sec == 0 && res.tv_nsec > 0 && res.tv_nsec <= 10000000,
		"resolution not in (0, 10ms]");
	t_eq("clock_getres_null", clock_getres(CLOCK_REALTIME, NULL), 0);
	T_ERR("clock_getres_bad_clock_einval", clock_getres(99, &res), EINVAL);
	a.tv_sec = 1;
	a.tv_nsec = 0;
	T_ERR("clock_settime_monotonic_einval", clock_settime(CLOCK_MONOTONIC, &a), EINVAL);
	a.tv_nsec = 1000000000;
	T_ERR("clock_settime_bad_nsec_einval", clock_settime(CLOCK_REALTIME, &a), EINVAL);
	if (geteuid() != 0) {
		clock_gettime(CLOCK_REALTIME, &a);
		T_ERR("clock_settime_unprivileged_eperm", clock_settime(CLOCK_REALTIME, &a), EPERM);
	}
	a.tv_sec = 0;
	a.tv_nsec = 0;
	errno = 0;
	t_eq("clock_nanosleep_zero", clock_nanosleep(CLOCK_MONOTONIC, 0, &a, NULL), 0);
	t_eq("clock_nanosleep_abs_past", clock_nanosleep(CLOCK_MONOTONIC, TIMER_ABSTIME, &a, &b), 0);
	t_eq("clock_nanosleep_bad_clock_returns_einval", clock_nanosleep(99, 0, &a, NULL), EINVAL);
	a.tv_nsec = 1000000000;
	t_eq("clock_nanosleep_bad_nsec_returns_einval", clock_nanosleep(CLOCK_REALTIME, 0, &a, NULL), EINVAL);
	t_eq("clock_nanosleep_errno_untouched", errno, 0);
	c = clock();
	t_true("clock_nonnegative", c >= 0 && clock() >= c, "clock() negative or went back");
	t_eq("clocks_per_sec", CLOCKS_PER_SEC, 1000000);
}

int main(void)
{
	gm();
	clocks();
	return t_done();
}
