/* clock_gettime through the vDSO: found, agreeing with the system call (in order, never timed), errors. */
#define _GNU_SOURCE
#include <sys/auxv.h>
#include <sys/time.h>
#include <time.h>
#include "t.h"

/* The library's own: its symbol lookup and the system call alone. */
void *__vdso_sym(const char *name, const char *ver);
int __clock_gettime_syscall(clockid_t clk, struct timespec *ts);

#if defined(__x86_64__)
#define CGT_NAME "__vdso_clock_gettime"
#define CGT_VER "LINUX_2.6"
#elif defined(__aarch64__)
#define CGT_NAME "__kernel_clock_gettime"
#define CGT_VER "LINUX_2.6.39"
#elif defined(__riscv)
#define CGT_NAME "__vdso_clock_gettime"
#define CGT_VER "LINUX_4.15"
#elif defined(__powerpc64__)
#define CGT_NAME "__kernel_clock_gettime"
#define CGT_VER "LINUX_2.6.15"
#elif defined(__s390x__)
#define CGT_NAME "__kernel_clock_gettime"
#define CGT_VER "LINUX_2.6.29"
#else
#define CGT_NAME "__vdso_clock_gettime64"
#define CGT_VER "LINUX_2.6"
#endif

static int before(const struct timespec *a, const struct timespec *b)
{
	return a->tv_sec < b->tv_sec || (a->tv_sec == b->tv_sec && a->tv_nsec <= b->tv_nsec);
}

static int valid(const struct timespec *a)
{
	return a->tv_nsec >= 0 && a->tv_nsec < 1000000000;
}

/* Alternate the two paths: each reading is at or after the one before. */
static void in_order(const char *name, clockid_t clk)
{
	struct timespec a, b, c;
	int bad = 0;

	for (int i = 0; i < 2000 && !bad; i++) {
		bad |= clock_gettime(clk, &a) != 0 || __clock_gettime_syscall(clk, &b) != 0 ||
		       clock_gettime(clk, &c) != 0;
		bad |= !valid(&a) || !valid(&b) || !valid(&c) || !before(&a, &b) || !before(&b, &c);
	}
	t_true(name, !bad, "a reading out of order or out of range");
}

int main(void)
{
	int (*f)(clockid_t, struct timespec *) = (int (*)(clockid_t, struct timespec *))__vdso_sym(CGT_NAME, CGT_VER);
	struct timespec ts, sys;
	struct timeval tv;
	time_t t0, t1;

	if (!getauxval(AT_SYSINFO_EHDR))
		t_skip("vdso_found", "no AT_SYSINFO_EHDR (qemu-user may offer no vDSO)");
	else if (!f && t_under_qemu())
		t_skip("vdso_found", "qemu-user's vDSO has no clock_gettime");
	else
		t_true("vdso_found", f != 0, "AT_SYSINFO_EHDR but no " "clock_gettime symbol");
	if (f) {
		int r1 = __clock_gettime_syscall(CLOCK_MONOTONIC, &sys), r2 = f(CLOCK_MONOTONIC, &ts);

		t_true("vdso_direct_call", !r1 && !r2 && valid(&ts) && before(&sys, &ts), "vDSO call failed or went back");
	} else
		t_skip("vdso_direct_call", "no vDSO clock_gettime");
	t_true("vdso_no_such_symbol", __vdso_sym("__no_such_symbol", 0) == 0, "found");
	t_true("vdso_wrong_version", __vdso_sym(CGT_NAME, "LINUX_0.0") == 0, "found");
	in_order("monotonic_in_order", CLOCK_MONOTONIC);
	in_order("boottime_in_order", CLOCK_BOOTTIME);
	in_order("monotonic_raw_in_order", CLOCK_MONOTONIC_RAW);
	in_order("process_cputime_in_order", CLOCK_PROCESS_CPUTIME_ID);
	T_ERR("clock_gettime_einval", clock_gettime(12345, &ts), EINVAL);
	T_ERR("clock_gettime_bad_cpu_clock", clock_gettime(-1000, &ts), EINVAL);
	t0 = time(0);
	clock_gettime(CLOCK_REALTIME, &ts);
	gettimeofday(&tv, 0);
	t1 = time(0);
	t_true("time_gettimeofday_in_order", t0 <= ts.tv_sec && ts.tv_sec <= tv.tv_sec && tv.tv_sec <= t1 &&
		tv.tv_usec >= 0 && tv.tv_usec < 1000000, "time, clock_gettime, gettimeofday out of order");
	return t_done();
}
