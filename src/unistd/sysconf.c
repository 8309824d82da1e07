#define _XOPEN_SOURCE 700
#include <errno.h>
#include <limits.h>
#include <signal.h>
#include <stdio.h>
#include <sys/auxv.h>
#include <sys/resource.h>
#include <sys/sysinfo.h>
#include <unistd.h>
#include "libc.h"
#include "unistd_impl.h"
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

/* The kernel's signal frame size where it gives one (AT_MINSIGSTKSZ), never below the constant. */
static long min_sigstack(void)
{
	int e = errno;
	unsigned long k = __getauxval(AT_MINSIGSTKSZ);

	/* An absent entry (older kernels, qemu-user) is ENOENT, not an error here. */
	errno = e;
	return k > MINSIGSTKSZ ? (long)k : MINSIGSTKSZ;
}

/* The names whose value comes from the kernel or the process's limits; -2 for the others. */
static long from_kernel(int name)
{
	long v;

	switch (name) {
	case _SC_ARG_MAX:
		/* The kernel lets arguments and environment take a quarter of the stack. */
		v = soft_limit(RLIMIT_STACK);
		return v < 0 ? -1 : v / 4 < 131072 ? 131072 : v / 4;
	case _SC_CHILD_MAX: return soft_limit(RLIMIT_NPROC);
	case _SC_OPEN_MAX: return soft_limit(RLIMIT_NOFILE);
	case _SC_SIGQUEUE_MAX: return soft_limit(RLIMIT_SIGPENDING);
	case _SC_CLK_TCK: return (long)__getauxval(AT_CLKTCK);
	case _SC_PAGESIZE: return (long)__getauxval(AT_PAGESZ);
	case _SC_NPROCESSORS_CONF:
	case _SC_NPROCESSORS_ONLN: return cpus();
	case _SC_PHYS_PAGES: return pages(1);
	case _SC_AVPHYS_PAGES: return pages(0);
	case _SC_MINSIGSTKSZ: return min_sigstack();
	case _SC_SIGSTKSZ:
		v = 4 * min_sigstack();
		return v > SIGSTKSZ ? v : SIGSTKSZ;
	}
	return -2;
}

/* The limits of C types and of this library's own tables. */
static long limit(int name)
{
	switch (name) {
	case _SC_NGROUPS_MAX: return 65536;
	case _SC_STREAM_MAX: return FOPEN_MAX;
	case _SC_RTSIG_MAX: return _NSIG - 1 - 32;
	case _SC_LINE_MAX:
	case _SC_BC_DIM_MAX:
	case _SC_CHARCLASS_NAME_MAX:
	case _SC_NL_LANGMAX: return 2048;
	case _SC_IOV_MAX: return 1024;
	case _SC_LOGIN_NAME_MAX: return 256;
	case _SC_TTY_NAME_MAX: return 32;
	case _SC_HOST_NAME_MAX: return 64;
	case _SC_GETGR_R_SIZE_MAX:
	case _SC_GETPW_R_SIZE_MAX: return 1024;
	case _SC_BC_BASE_MAX:
	case _SC_BC_SCALE_MAX: return 99;
	case _SC_BC_STRING_MAX: return 1000;
	case _SC_COLL_WEIGHTS_MAX: return 255;
	case _SC_EXPR_NEST_MAX: return 32;
	case _SC_RE_DUP_MAX: return 32767;
	case _SC_MQ_PRIO_MAX: return 32768;
	case _SC_ATEXIT_MAX:
	case _SC_DELAYTIMER_MAX:
	case _SC_SEM_VALUE_MAX:
	case _SC_NL_MSGMAX:
	case _SC_NL_NMAX:
	case _SC_NL_SETMAX:
	case _SC_NL_TEXTMAX:
	case _SC_INT_MAX: return INT_MAX;
	case _SC_NL_ARGMAX: return NL_ARGMAX;
	case _SC_CHAR_BIT: return CHAR_BIT;
	case _SC_CHAR_MAX: return CHAR_MAX;
	case _SC_CHAR_MIN: return CHAR_MIN;
	case _SC_INT_MIN: return INT_MIN;
	case _SC_LONG_BIT: return (long)(CHAR_BIT * sizeof(long));
	case _SC_WORD_BIT: return (long)(CHAR_BIT * sizeof(int));
	case _SC_MB_LEN_MAX: return MB_LEN_MAX;
	case _SC_NZERO: return 20;
	case _SC_SSIZE_MAX: return SSIZE_MAX;
	case _SC_SCHAR_MAX: return SCHAR_MAX;
	case _SC_SCHAR_MIN: return SCHAR_MIN;
	case _SC_SHRT_MAX: return SHRT_MAX;
	case _SC_SHRT_MIN: return SHRT_MIN;
	case _SC_UCHAR_MAX: return UCHAR_MAX;
	case _SC_UINT_MAX: return (long)UINT_MAX;
	case _SC_ULONG_MAX: return (long)ULONG_MAX;
	case _SC_USHRT_MAX: return USHRT_MAX;
	}
	return -2;
}

/*
 * The POSIX options this library has (200809), the environment it compiles
 * for (1), and the Linux and X/Open legacy answers; -2 for the others.
 */
static long option(int name)
{
	switch (name) {
	case _SC_VERSION:
	case _SC_2_VERSION:
	case _SC_REALTIME_SIGNALS:
	case _SC_SYNCHRONIZED_IO:
	case _SC_FSYNC:
	case _SC_MAPPED_FILES:
	case _SC_MEMORY_PROTECTION:
	case _SC_MONOTONIC_CLOCK:
	case _SC_CLOCK_SELECTION:
	case _SC_CPUTIME:
	case _SC_ADVISORY_INFO:
	case _SC_TIMERS:
	case _SC_SPAWN: return 200809L;
	case _SC_JOB_CONTROL:
	case _SC_SAVED_IDS:
	case _SC_SHELL: return 1;
#if __SIZEOF_LONG__ == 4
	case _SC_XBS5_ILP32_OFFBIG:
	case _SC_V6_ILP32_OFFBIG:
	case _SC_V7_ILP32_OFFBIG: return 1;
#else
	case _SC_XBS5_LP64_OFF64:
	case _SC_V6_LP64_OFF64:
	case _SC_V7_LP64_OFF64: return 1;
#endif
	}
	return -2;
}

/*
 * Every name of <unistd.h>.  A name this library has no value for (an
 * option it lacks, a limit it does not impose) is -1 with errno untouched;
 * a number that names nothing is EINVAL.
 */
long __sysconf(int name)
{
	long v;

	if (name < 0 || name > _SC_SIGSTKSZ || (name > _SC_LEVEL4_CACHE_LINESIZE && name < _SC_IPV6)) {
		errno = EINVAL;
		return -1;
	}
	/* The cache geometry: not known here, as glibc answers on most arches. */
	if (name >= _SC_LEVEL1_ICACHE_SIZE && name <= _SC_LEVEL4_CACHE_LINESIZE)
		return 0;
	if ((v = from_kernel(name)) != -2 || (v = limit(name)) != -2 || (v = option(name)) != -2)
		return v;
	return -1;
}

weak_alias(__sysconf, sysconf);
