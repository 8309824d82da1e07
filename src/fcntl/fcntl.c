#include <fcntl.h>
#include <stdarg.h>
#include "syscall.h"
#include "fcntl_impl.h"

/*
 * A 32-bit arch's fcntl64 takes struct flock64, the only struct flock here
 * (bits/flock.h numbers F_GETLK as F_GETLK64 there); other commands are the
 * same through either call.
 */
#if __SIZEOF_LONG__ == 4 && defined(SYS_fcntl64)
#define SYS_FCNTL SYS_fcntl64
#else
#define SYS_FCNTL SYS_fcntl
#endif

int __fcntl(int fd, int cmd, ...)
{
	va_list ap;
	unsigned long arg;

	/* Every command takes at most one argument, an int or a pointer. */
	va_start(ap, cmd);
	arg = va_arg(ap, unsigned long);
	va_end(ap);
	/*
	 * F_GETOWN returns a process group as -pgid, which for a pgid below
	 * 4096 looks like -errno; F_GETOWN_EX reports the kind apart.
	 */
	if (cmd == F_GETOWN) {
		struct f_owner_ex ex;
		long r = __syscall(SYS_FCNTL, fd, F_GETOWN_EX, &ex);

		if (r)
			return __syscall_ret(r);
		return ex.type == F_OWNER_PGRP ? -ex.pid : ex.pid;
	}
	return __syscall_ret(__syscall(SYS_FCNTL, fd, cmd, arg));
}

weak_alias(__fcntl, fcntl);
