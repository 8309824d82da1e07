#include "select_impl.h"
#include "ksigaction.h"
#include "syscall.h"
#ifdef SYS_pselect6_time64
#include "ktime.h"
#endif

/*
 * The sixth argument points at {mask, mask size}.  32-bit arches call
 * pselect6_time64 and, on kernels before 5.1, the old pselect6 with 32-bit
 * seconds, a timeout past 2038 cut to the largest that fits.
 */
int __pselect6(int n, fd_set *r, fd_set *w, fd_set *e, struct timespec *ts,
	       const sigset_t *mask)
{
	struct {
		const sigset_t *set;
		size_t size;
	} data = { mask, KSIGSET_SIZE };
#ifdef SYS_pselect6_time64
	struct ktimespec64 k64;
	long k32[2], ret;

	if (ts)
		k64 = (struct ktimespec64){ ts->tv_sec, ts->tv_nsec };
	ret = __syscall(SYS_pselect6_time64, n, r, w, e, ts ? &k64 : 0, &data);
	if (ret == -ENOSYS) {
		if (ts) {
			k32[0] = ts->tv_sec > LONG_MAX ? LONG_MAX : (long)ts->tv_sec;
			k32[1] = ts->tv_nsec;
		}
		ret = __syscall(SYS_pselect6, n, r, w, e, ts ? k32 : 0, &data);
		if (ts)
			k64 = (struct ktimespec64){ k32[0], k32[1] };
	}
	if (ts)
		*ts = (struct timespec){ k64.tv_sec, k64.tv_nsec };
	return __syscall_ret(ret);
#else
	return __syscall_ret(__syscall(SYS_pselect6, n, r, w, e, ts, &data));
#endif
}
