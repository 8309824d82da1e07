#include <errno.h>
#include "select_impl.h"
#include "syscall.h"

/*
 * The 64-bit select call where the arch has one; elsewhere (aarch64,
 * riscv64, every 32-bit arch with its 64-bit time_t) pselect6, with the
 * timeout checked and normalised as Linux's select does it and the time
 * left written back as Linux's select does.
 */
int select(int n, fd_set *restrict r, fd_set *restrict w, fd_set *restrict e,
	   struct timeval *restrict tv)
{
#if defined(SYS_select) && !defined(SYS_pselect6_time64)
	return __syscall_ret(__syscall(SYS_select, n, r, w, e, tv));
#else
	struct timespec ts;
	int ret;

	if (!tv)
		return __pselect6(n, r, w, e, 0, 0);
	if (tv->tv_sec < 0 || tv->tv_usec < 0)
		return __syscall_ret(-EINVAL);
	ts.tv_sec = tv->tv_sec + tv->tv_usec / 1000000;
	ts.tv_nsec = tv->tv_usec % 1000000 * 1000;
	ret = __pselect6(n, r, w, e, &ts, 0);
	tv->tv_sec = ts.tv_sec;
	tv->tv_usec = ts.tv_nsec / 1000;
	return ret;
#endif
}
