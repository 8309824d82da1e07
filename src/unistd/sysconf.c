#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <sys/auxv.h>
#include <sys/resource.h>
#include <sys/sysinfo.h>
#include <unistd.h>
#include "libc.h"
#include "syscall.h"

/* A soft limit, or -1 (no limit) when it is unlimited or does not fit a long. */
static long soft_limit(int resource)
{
	struct rlimit rl;

	if (__syscall(SYS_prlimit64, 0, resource, 0, &rl))
		return -1;
	return rl.rlim_cur > (rlim_t)((unsigned long)-1 / 2) ? -1 : (long)rl.rlim_cur;
}

/* The CPUs this process may run on: what a program can use at once. */
static long cpus(void)
{
	unsigned long set[128];
	long r = __syscall(SYS_sched_getaffinity, 0, sizeof set, set), n = 0;
	int i;

	if (r < 0)
		return 1;
	for (i = 0; i < r / (long)sizeof set[0]; i++)
		n += __builtin_popcountl(set[i]);
	return n ? n : 1;
}

/* Total or free memory, in pages. */
static long pages(int total)
{
	struct sysinfo si;
	unsigned long long bytes;

	if (__syscall(SYS_sysinfo, &si))
		return -1;
	bytes = (unsigned long long)(total ? si.totalram : si.freeram) * (si.mem_unit ? si.mem_unit : 1);
	bytes /= __getauxval(AT_PAGESZ);
	return bytes > (unsigned long)-1 / 2 ? (long)((unsigned long)-1 / 2) : (long)bytes;
}

long sysconf(int name)
{
	long stack;

	switch (name) {
	case _SC_ARG_MAX:
		/* The kernel lets arguments and environment take a quarter of the stack. */
		stack = soft_limit(RLIMIT_STACK);
		return stack < 0 ? -1 : stack / 4 < 131072 ? 131072 : stack / 4;
	case _SC_CHILD_MAX:
		return soft_limit(RLIMIT_NPROC);
	case _SC_CLK_TCK:
		return __getauxval(AT_CLKTCK);
	case _SC_NGROUPS_MAX:
		return 65536;
	case _SC_OPEN_MAX:
		return soft_limit(RLIMIT_NOFILE);
	case _SC_STREAM_MAX:
		return FOPEN_MAX;
	case _SC_JOB_CONTROL:
	case _SC_SAVED_IDS:
		return 1;
	case _SC_VERSION:
	case _SC_2_VERSION:
	case _SC_MONOTONIC_CLOCK:
		return 200809L;
	case _SC_PAGESIZE:
		return __getauxval(AT_PAGESZ);
	case _SC_RTSIG_MAX:
		return _NSIG - 1 - 32;
	case _SC_SIGQUEUE_MAX:
		return soft_limit(RLIMIT_SIGPENDING);
	case _SC_LINE_MAX:
		return 2048;
	case _SC_IOV_MAX:
		return 1024;
	case _SC_LOGIN_NAME_MAX:
		return 256;
	case _SC_TTY_NAME_MAX:
		return 32;
	case _SC_NPROCESSORS_CONF:
	case _SC_NPROCESSORS_ONLN:
		return cpus();
	case _SC_PHYS_PAGES:
		return pages(1);
	case _SC_AVPHYS_PAGES:
		return pages(0);
	case _SC_HOST_NAME_MAX:
		return 64;
	}
	errno = EINVAL;
	return -1;
}
