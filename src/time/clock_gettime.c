#include <errno.h>
#include <time.h>
#include "syscall.h"
#include "time_impl.h"
#include "time32.h"
#include "vdso.h"

#ifdef SYS_clock_gettime64
/* A 32-bit arch: the time64 call, or on a kernel older than 5.1 the old one. */
static int cgt_syscall(clockid_t clk, struct timespec *ts)
{
	struct timespec32 old;
	long r = __syscall(SYS_clock_gettime64, clk, ts);

	if (r != -ENOSYS)
		return (int)r;
	r = __syscall(SYS_clock_gettime, clk, &old);
	if (!r)
		__timespec_from32(ts, &old);
	return (int)r;
}
#else
static int cgt_syscall(clockid_t clk, struct timespec *ts)
{
	return (int)__syscall(SYS_clock_gettime, clk, ts);
}
#endif

#ifdef VDSO_CGT_SYM
typedef int cgt_fn(clockid_t, struct timespec *);

static int cgt_first(clockid_t clk, struct timespec *ts);

/*
 * The vDSO's function, looked up at the first call; null once the lookup
 * found none, so that the system-call path costs one test more than the trap.
 */
static cgt_fn *cgt = cgt_first;

static int cgt_first(clockid_t clk, struct timespec *ts)
{
	cgt = (cgt_fn *)__vdso_sym(VDSO_CGT_SYM, VDSO_CGT_VER);
	return cgt ? cgt(clk, ts) : -ENOSYS;
}

/*
 * The vDSO answers 0, or on failure whatever its arch's convention is (some
 * give ENOSYS for a clock they do not serve): the system call then decides.
 */
static __attribute__((__noinline__)) int cgt_vdso(cgt_fn *f, clockid_t clk, struct timespec *ts)
{
	int r;

	if (!f(clk, ts))
		return 0;
	r = cgt_syscall(clk, ts);
	return r ? (int)__syscall_ret(r) : 0;
}

/* Apart, so that the path without a vDSO keeps no frame. */
int __clock_gettime(clockid_t clk, struct timespec *ts)
{
	cgt_fn *f = cgt;
	int r;

	if (f)
		return cgt_vdso(f, clk, ts);
	r = cgt_syscall(clk, ts);
	return r ? (int)__syscall_ret(r) : 0;
}
#else
int __clock_gettime(clockid_t clk, struct timespec *ts)
{
	int r = cgt_syscall(clk, ts);

	return r ? (int)__syscall_ret(r) : 0;
}
#endif

/* The system call alone, for tests that compare it with the vDSO. */
int __clock_gettime_syscall(clockid_t clk, struct timespec *ts)
{
	return __syscall_ret(cgt_syscall(clk, ts));
}

weak_alias(__clock_gettime, clock_gettime);
