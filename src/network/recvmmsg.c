#define _GNU_SOURCE 1
#include <sys/socket.h>
#include <time.h>
#include "syscall.h"
#ifdef SYS_recvmmsg_time64
#include <errno.h>
#include "time32.h"
#endif

/*
 * The kernel writes the time left into the timeout.  32-bit arches pass a
 * 64-bit {sec, nsec} pair to recvmmsg_time64, and the old recvmmsg gets the
 * time32 form on kernels before 5.1 (EINVAL for a timeout past 2038 there).
 */
int recvmmsg(int fd, struct mmsghdr *msgs, unsigned int n, int flags, struct timespec *timeout)
{
#ifdef SYS_recvmmsg_time64
	long long k64[2];
	struct timespec32 k32;
	long r;

	if (timeout) {
		k64[0] = timeout->tv_sec;
		k64[1] = timeout->tv_nsec;
	}
	r = __syscall(SYS_recvmmsg_time64, fd, msgs, n, flags, timeout ? k64 : 0);
	if (r != -ENOSYS) {
		if (timeout && r >= 0)
			*timeout = (struct timespec){ .tv_sec = k64[0], .tv_nsec = k64[1] };
		return __syscall_ret(r);
	}
	if (timeout && __timespec_to32(&k32, timeout))
		return __syscall_ret(-EINVAL);
	r = __syscall(SYS_recvmmsg, fd, msgs, n, flags, timeout ? &k32 : 0);
	if (timeout && r >= 0)
		__timespec_from32(timeout, &k32);
	return __syscall_ret(r);
#else
	return __syscall_ret(__syscall(SYS_recvmmsg, fd, msgs, n, flags, timeout));
#endif
}
