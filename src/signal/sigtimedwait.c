#include <errno.h>
#include <signal.h>
#include <time.h>
#include "ksigaction.h"
#include "signal_impl.h"
#include "syscall.h"
#include "time32.h"

/*
 * The signal number, or -1 with EAGAIN when the timeout passes, EINTR when
 * another signal's handler ran (as glibc, not restarted).  A 32-bit arch
 * uses rt_sigtimedwait_time64, the old call when the kernel predates it.
 */
int __sigtimedwait(const sigset_t *restrict set, siginfo_t *restrict info, const struct timespec *restrict timeout)
{
#ifdef SYS_rt_sigtimedwait_time64
	struct timespec32 t32;
	long r = __syscall(SYS_rt_sigtimedwait_time64, set, info, timeout, KSIGSET_SIZE);

	if (r != -ENOSYS)
		return __syscall_ret(r);
	if (timeout && __timespec_to32(&t32, timeout))
		return __syscall_ret(-ENOSYS);
	return __syscall_ret(__syscall(SYS_rt_sigtimedwait, set, info, timeout ? &t32 : 0, KSIGSET_SIZE));
#else
	return __syscall_ret(__syscall(SYS_rt_sigtimedwait, set, info, timeout, KSIGSET_SIZE));
#endif
}

weak_alias(__sigtimedwait, sigtimedwait);
