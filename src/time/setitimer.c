#include <errno.h>
#include <sys/time.h>
#include "ktime.h"
#include "syscall.h"

/* There is no time64 setitimer: a 32-bit arch refuses seconds a long cannot carry. */
int setitimer(int which, const struct itimerval *restrict value, struct itimerval *restrict old)
{
	struct kitimerval k = { { (long)value->it_interval.tv_sec, value->it_interval.tv_usec },
				{ (long)value->it_value.tv_sec, value->it_value.tv_usec } }, o;
	long r;

	if (k.it_interval[0] != value->it_interval.tv_sec || k.it_value[0] != value->it_value.tv_sec)
		return __syscall_ret(-EOVERFLOW);
	r = __syscall(SYS_setitimer, which, &k, old ? &o : 0);
	if (!r && old)
		*old = (struct itimerval){ { o.it_interval[0], o.it_interval[1] }, { o.it_value[0], o.it_value[1] } };
	return __syscall_ret(r);
}
