#include "poll_impl.h"
#include "ksigaction.h"
#include "syscall.h"
#ifdef SYS_ppoll_time64
#include <errno.h>
#include <limits.h>
#endif

/*
 * The kernel writes the time left back into the timeout; POSIX callers pass
 * it const and reuse it, so the kernel gets a copy.  32-bit arches take a
 * 64-bit {sec, nsec} pair in ppoll_time64 and fall back to the old 32-bit
 * ppoll on kernels before 5.1, where a timeout past 2038 is as good as none.
 */
int __ppoll(struct pollfd *fds, nfds_t nfds, const struct timespec *timeout,
	    const sigset_t *sigmask)
{
#ifdef SYS_ppoll_time64
	long long k64[2];
	long k32[2];
	long r;

	if (timeout) {
		k64[0] = timeout->tv_sec;
		k64[1] = timeout->tv_nsec;
	}
	r = __syscall(SYS_ppoll_time64, fds, nfds, timeout ? k64 : 0, sigmask, KSIGSET_SIZE);
	if (r != -ENOSYS)
		return __syscall_ret(r);
	if (timeout) {
		k32[0] = timeout->tv_sec > LONG_MAX ? LONG_MAX : (long)timeout->tv_sec;
		k32[1] = timeout->tv_nsec;
	}
	return __syscall_ret(__syscall(SYS_ppoll, fds, nfds, timeout ? k32 : 0,
				       sigmask, KSIGSET_SIZE));
#else
	struct timespec copy;

	if (timeout)
		copy = *timeout;
	return __syscall_ret(__syscall(SYS_ppoll, fds, nfds, timeout ? &copy : 0,
				       sigmask, KSIGSET_SIZE));
#endif
}

weak_alias(__ppoll, ppoll);
