#include <errno.h>
#include "socket_impl.h"
#include "syscall.h"

static int get_time32(int fd, int name, void *val, socklen_t *len)
{
	struct timeval *tv = val;
	long long k64[2];
	long k32[2];
	socklen_t klen = sizeof k64;
	long r;

	if (*len < sizeof *tv)
		return __syscall_ret(-EINVAL);
	r = __syscall(SYS_getsockopt, fd, SOL_SOCKET, SOCKOPT_NEW(name), k64, &klen);
	/* qemu-user passes an option it does not know through as an int: 4 bytes. */
	if (r == -ENOPROTOOPT || (!r && klen != sizeof k64)) {
		klen = sizeof k32;
		r = __syscall(SYS_getsockopt, fd, SOL_SOCKET, name, k32, &klen);
		k64[0] = k32[0];
		k64[1] = k32[1];
	}
	if (r)
		return __syscall_ret(r);
	*tv = (struct timeval){ .tv_sec = k64[0], .tv_usec = k64[1] };
	*len = sizeof *tv;
	return 0;
}

int getsockopt(int fd, int level, int name, void *restrict val, socklen_t *restrict len)
{
	if (SOCKOPT_TIME32(level, name))
		return get_time32(fd, name, val, len);
	return __syscall_ret(__syscall(SYS_getsockopt, fd, level, name, val, len));
}
