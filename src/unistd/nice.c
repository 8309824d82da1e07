#include <errno.h>
#include <sys/resource.h>
#include <unistd.h>
#include "syscall.h"

/*
 * The new nice value, which may be -1: a caller tells it from an error by
 * errno, set to 0 before.  The raw getpriority answers 20 - nice.
 */
int nice(int inc)
{
	long cur = __syscall(SYS_getpriority, PRIO_PROCESS, 0), r;
	int want;

	if (cur < 0)
		return __syscall_ret(cur);
	cur = 20 - cur;
	if (inc > 40)
		inc = 40;
	if (inc < -40)
		inc = -40;
	want = (int)cur + inc;
	want = want < -20 ? -20 : want > 19 ? 19 : want;
	r = __syscall(SYS_setpriority, PRIO_PROCESS, 0, want);
	/* POSIX's word for a raise without the privilege. */
	if (r == -EACCES)
		r = -EPERM;
	return r ? __syscall_ret(r) : want;
}
