/*
 * Host-side runner of bench/malloc: runs each workload built against
 * trapdoor, glibc and musl, REPS times each, interleaved, and prints the
 * median wall time, the largest peak RSS (wait4's ru_maxrss) and the ratios;
 * then the callgrind instruction count of one malloc(32) + free pair.
 *
 *   runner DIR    DIR holds work.<libc>, pair.<libc> and reuse.trapdoor
 *
 * After the table, reuse.trapdoor: the large workload on mmap and mremap
 * alone, at the live set's RSS, against glibc's and musl's large.
 */
#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#define REPS 5
#define NLIBC 3
#define PAIRS_LOW 1000
#define PAIRS_HIGH 21000

static const char *libc[NLIBC] = { "trapdoor", "glibc", "musl" };
static const char *work[] = { "churn", "cfrac", "realloc", "large", "refault" };
#define NWORK (sizeof work / sizeof work[0])

/* Run argv quietly; its wall time in seconds and peak RSS in KB. */
static int run(char **argv, double *secs, long *rss_kb)
{
	struct timespec a, b;
	struct rusage ru;
	int status;
	pid_t pid;

	/* Or the child's freopen writes our buffered lines a second time. */
	fflush(stdout);
	clock_gettime(CLOCK_MONOTONIC, &a);
	pid = fork();
	if (pid == 0) {
		freopen("/dev/null", "w", stdout);
		freopen("/dev/null", "w", stderr);
		execv(argv[0], argv);
		_exit(127);
	}
	if (pid < 0 || wait4(pid, &status, 0, &ru) != pid)
		return -1;
	clock_gettime(CLOCK_MONOTONIC, &b);
	*secs = (b.tv_sec - a.tv_sec) + (b.tv_nsec - a.tv_nsec) / 1e9;
	*rss_kb = ru.ru_maxrss;
	return WIFEXITED(status) && WEXITSTATUS(status) == 0 ? 0 : -1;
}

static int by_value(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;

	return x < y ? -1 : x > y;
}

/* callgrind's total instruction count for "pair.<libc> n". */
static long instructions(const char *dir, const char *lib, long n)
{
	char prog[4096], out[4096], arg[32], opt[4200], line[256];
	char *argv[] = { "/usr/bin/valgrind", "--tool=callgrind", opt, prog, arg, 0 };
	double secs;
	long rss, total = -1;
	FILE *f;

	snprintf(prog, sizeof prog, "%s/pair.%s", dir, lib);
	snprintf(out, sizeof out, "%s/callgrind.%s.%ld", dir, lib, n);
	snprintf(opt, sizeof opt, "--callgrind-out-file=%s", out);
	snprintf(arg, sizeof arg, "%ld", n);
	if (run(argv, &secs, &rss) || !(f = fopen(out, "r")))
		return -1;
	while (fgets(line, sizeof line, f))
		if (!strncmp(line, "totals:", 7))
			total = atol(line + 7);
	fclose(f);
	return total;
}

int main(int argc, char **argv)
{
	const char *dir = argc > 1 ? argv[1] : ".";
	double t[NWORK][NLIBC][REPS], med[NLIBC];
	long rss[NWORK][NLIBC] = { { 0 } };
	char prog[NLIBC][4096];
	size_t w, l, r;

	for (l = 0; l < NLIBC; l++)
		snprintf(prog[l], sizeof prog[l], "%s/work.%s", dir, libc[l]);
	printf("malloc workloads: median wall time of %d runs, largest peak RSS\n", REPS);
	printf("%-8s %18s %18s %18s %9s %9s %9s\n", "", libc[0], libc[1], libc[2],
	       "td/glibc", "musl/td", "rss td/musl");
	for (w = 0; w < NWORK; w++) {
		for (r = 0; r < REPS; r++)
			for (l = 0; l < NLIBC; l++) {
				char *av[] = { prog[l], (char *)work[w], 0 };
				long kb;
				if (run(av, &t[w][l][r], &kb)) {
					fprintf(stderr, "%s %s failed\n", prog[l], work[w]);
					return 1;
				}
				if (kb > rss[w][l])
					rss[w][l] = kb;
			}
		for (l = 0; l < NLIBC; l++) {
			qsort(t[w][l], REPS, sizeof t[w][l][0], by_value);
			med[l] = t[w][l][REPS / 2];
		}
		printf("%-8s", work[w]);
		for (l = 0; l < NLIBC; l++)
			printf(" %7.0f ms %5ld KB", med[l] * 1000, rss[w][l]);
		printf(" %9.2f %9.2f %9.2f\n", med[0] / med[1], med[2] / med[0],
		       (double)rss[w][0] / rss[w][2]);
	}
	{
		char reuse[4096], *av[] = { reuse, 0 };
		double rt[REPS];
		long kb, rss_max = 0;
		size_t large = 0;

		while (strcmp(work[large], "large"))
			large++;

		snprintf(reuse, sizeof reuse, "%s/reuse.trapdoor", dir);
		for (r = 0; r < REPS; r++) {
			if (run(av, &rt[r], &kb)) {
				fprintf(stderr, "%s failed\n", reuse);
				return 1;
			}
			if (kb > rss_max)
				rss_max = kb;
		}
		qsort(rt, REPS, sizeof rt[0], by_value);
		/* t[large][1] was sorted above: its middle is glibc's median. */
		printf("large on mapping reuse alone (reuse.c): %.0f ms %ld KB, time/glibc %.2f, rss/musl %.2f\n",
		       rt[REPS / 2] * 1000, rss_max, rt[REPS / 2] / t[large][1][REPS / 2],
		       (double)rss_max / rss[large][2]);
	}
	if (access("/usr/bin/valgrind", X_OK)) {
		printf("malloc(32) + free: skipped, valgrind is not installed\n");
		return 0;
	}
	printf("instructions per malloc(32) + free pair (callgrind, (I(%d) - I(%d)) / %d):\n",
	       PAIRS_HIGH, PAIRS_LOW, PAIRS_HIGH - PAIRS_LOW);
	for (l = 0; l < NLIBC; l++) {
		long lo = instructions(dir, libc[l], PAIRS_LOW), hi = instructions(dir, libc[l], PAIRS_HIGH);
		if (lo < 0 || hi < 0)
			printf("  %-8s failed\n", libc[l]);
		else
			printf("  %-8s %ld\n", libc[l], (hi - lo) / (PAIRS_HIGH - PAIRS_LOW));
	}
	return 0;
}
