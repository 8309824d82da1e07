#include <errno.h>
#include "socket_impl.h"
#include "syscall.h"

static int set_time32(int fd, int name, const void *val, socklen_t len)
{
	const struct timeval *tv = val;
	long long k64[2];
	long k32[2];
	long r;

	if (len < sizeof *tv)
		return __syscall_ret(-EINVAL);
	k64[0] = tv->tv_sec;
	k64[1] = tv->tv_usec;
	r = __syscall(SYS_setsockopt, fd, SOL_SOCKET, SOCKOPT_NEW(name), k64, sizeof k64);
	if (r != -ENOPROTOOPT)
		return __syscall_ret(r);
	if (tv->tv_sec != (long)tv->tv_sec)
		return __syscall_ret(-EDOM);
	k32[0] = tv->tv_sec;
	k32[1] = tv->tv_usec;
	return __syscall_ret(__syscall(SYS_setsockopt, fd, SOL_SOCKET, name, k32, sizeof k32));
}

int setsockopt(int fd, int level, int name, const void *val, socklen_t len)
{
	if (SOCKOPT_TIME32(level, name))
		return set_time32(fd, name, val, len);
	return __syscall_ret(__syscall(SYS_setsockopt, fd, level, name, val, len));
}
