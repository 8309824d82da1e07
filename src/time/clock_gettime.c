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
static int cgt_init(clockid_t clk, struct timespec *ts);

/* The vDSO's function once found, else the system call; resolved at the first call. */
static int (*cgt)(clockid_t, struct timespec *) = cgt_init;

static int cgt_init(clockid_t clk, struct timespec *ts)
{
	void *f = __vdso_sym(VDSO_CGT_SYM, VDSO_CGT_VER);

	cgt = f ? (int (*)(clockid_t, struct timespec *))f : cgt_syscall;
	return cgt(clk, ts);
}

/*
 * The vDSO answers 0, or on failure whatever its arch's convention is (some
 * give ENOSYS for a clock they do not serve): the system call then decides.
 */
int __clock_gettime(clockid_t clk, struct timespec *ts)
{
	int r = cgt(clk, ts);

	if (!r)
		return 0;
	if (cgt != cgt_syscall)
		r = cgt_syscall(clk, ts);
	return __syscall_ret(r);
}
#else
int __clock_gettime(clockid_t clk, struct timespec *ts)
{
	return __syscall_ret(cgt_syscall(clk, ts));
}
#endif

/* The system call alone, for tests that compare it with the vDSO. */
int __clock_gettime_syscall(clockid_t clk, struct timespec *ts)
{
	return __syscall_ret(cgt_syscall(clk, ts));
}

weak_alias(__clock_gettime, clock_gettime);
