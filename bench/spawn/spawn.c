/*
 * Spawn-and-wait latency, built against each libc in turn.
 *
 *   spawn METHOD MB REPS PROGRAM
 *
 * METHOD is fork (fork + execve), vfork (vfork + execve), spawn
 * (posix_spawn) or spawnfail (posix_spawn of a missing file, which must
 * return ENOENT: the library's own work, without the kernel's exec).  The parent first maps and touches MB megabytes, the cost
 * fork pays to copy page tables.  Each repetition starts PROGRAM and waits
 * for it; the line printed is "METHOD MB median-µs min-µs".
 */
#define _GNU_SOURCE
#include <errno.h>
#include <spawn.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#define MAX_REPS 10000
#define PAGE 4096

extern char **environ;

static long long samples[MAX_REPS];

static void put(const char *s)
{
	write(STDOUT_FILENO, s, strlen(s));
}

static void put_num(long long v)
{
	char buf[24], *p = buf + sizeof buf;

	*--p = 0;
	do
		*--p = '0' + v % 10;
	while (v /= 10);
	put(p);
}

static long long number(const char *s)
{
	long long v = 0;

	while (*s >= '0' && *s <= '9')
		v = v * 10 + *s++ - '0';
	return v;
}

/* The raw call, so that every libc is timed by the same clock read. */
static long long now_ns(void)
{
	struct timespec ts;

	syscall(SYS_clock_gettime, CLOCK_MONOTONIC, &ts);
	return ts.tv_sec * 1000000000LL + ts.tv_nsec;
}

static int run_once(const char *method, char *prog)
{
	char *argv[] = { prog, NULL };
	int status;
	pid_t pid;

	if (!strcmp(method, "spawnfail"))
		return posix_spawn(&pid, "/nonexistent/prog", NULL, NULL, argv, environ) == ENOENT ? 0 : -1;
	if (!strcmp(method, "spawn")) {
		if (posix_spawn(&pid, prog, NULL, NULL, argv, environ))
			return -1;
	} else {
		pid = method[0] == 'v' ? vfork() : fork();
		if (pid == 0) {
			execve(prog, argv, environ);
			_exit(127);
		}
		if (pid < 0)
			return -1;
	}
	if (waitpid(pid, &status, 0) != pid || status != 0)
		return -1;
	return 0;
}

int main(int argc, char **argv)
{
	long long mb, reps, t;
	char *mem;

	if (argc != 5) {
		put("usage: spawn fork|vfork|spawn MB REPS PROGRAM\n");
		return 2;
	}
	mb = number(argv[2]);
	reps = number(argv[3]);
	if (reps < 1 || reps > MAX_REPS)
		return 2;
	if (mb) {
		mem = mmap(NULL, mb << 20, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
		if (mem == MAP_FAILED)
			return 3;
		for (long long i = 0; i < mb << 20; i += PAGE)
			mem[i] = 1;
	}
	for (long long i = 0; i < reps; i++) {
		t = now_ns();
		if (run_once(argv[1], argv[4]))
			return 4;
		samples[i] = now_ns() - t;
	}
	for (long long i = 1; i < reps; i++)
		for (long long j = i; j > 0 && samples[j - 1] > samples[j]; j--) {
			t = samples[j];
			samples[j] = samples[j - 1];
			samples[j - 1] = t;
		}
	put(argv[1]);
	put(" ");
	put_num(mb);
	put(" ");
	put_num(samples[reps / 2] / 1000);
	put(" ");
	put_num(samples[0] / 1000);
	put("\n");
	return 0;
}
