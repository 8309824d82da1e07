/*
 * tm CASE: runs one workload from a function named bench_CASE (for
 * callgrind's --toggle-collect=bench_*), ITERATIONS calls each:
 * clock_gettime(CLOCK_MONOTONIC) as the library makes it (the vDSO where
 * the kernel offers one), the same through syscall(), localtime_r of
 * times spread over 60 years (the zone is TZ's), and strftime of a
 * date and time with the zone name.  CASE "none" is the loop alone.
 * tm CASE N repeats the workload N times (for perf stat, which counts
 * the vDSO that valgrind does not offer).
 */
#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>

#define ITERATIONS 1000

static struct timespec ts;
static struct tm tms[ITERATIONS];
static time_t times[ITERATIONS];
static char out[64];
static volatile long sink;

__attribute__((noinline)) static int nothing(clockid_t clk, struct timespec *t)
{
	__asm__ volatile("" : : "r"(clk), "r"(t) : "memory");
	return 0;
}

__attribute__((noinline)) void bench_none(void)
{
	for (int i = 0; i < ITERATIONS; i++)
		sink += nothing(CLOCK_MONOTONIC, &ts);
}

__attribute__((noinline)) void bench_cgt(void)
{
	for (int i = 0; i < ITERATIONS; i++)
		sink += clock_gettime(CLOCK_MONOTONIC, &ts);
}

__attribute__((noinline)) void bench_syscall(void)
{
	for (int i = 0; i < ITERATIONS; i++)
		sink += syscall(SYS_clock_gettime, CLOCK_MONOTONIC, &ts);
}

__attribute__((noinline)) void bench_localtime(void)
{
	for (int i = 0; i < ITERATIONS; i++)
		sink += localtime_r(&times[i], &tms[i])->tm_hour;
}

__attribute__((noinline)) void bench_strftime(void)
{
	for (int i = 0; i < ITERATIONS; i++)
		sink += (long)strftime(out, sizeof out, "%Y-%m-%d %H:%M:%S %Z", &tms[i]);
}

int main(int argc, char **argv)
{
	const char *c = argc > 1 ? argv[1] : "none";
	int repeat = argc > 2 ? atoi(argv[2]) : 1;
	struct tm warm;

	/* The zone is loaded and the vDSO found before anything is counted. */
	if (c[0] == 'l' || c[0] == 's')
		for (int i = 0; i < ITERATIONS; i++) {
			times[i] = (time_t)((long long)i * 1892160 + i * 7919);
			localtime_r(&times[i], &tms[i]);
		}
	localtime_r(&times[0], &warm);
	clock_gettime(CLOCK_MONOTONIC, &ts);
	while (repeat-- > 0)
		switch (c[0]) {
		case 'c': bench_cgt(); break;
		case 's': c[1] == 'y' ? bench_syscall() : bench_strftime(); break;
		case 'l': bench_localtime(); break;
		default: bench_none();
		}
	return (int)(sink & 0);
}
