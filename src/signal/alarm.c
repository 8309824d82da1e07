#include <unistd.h>
#include "syscall.h"

unsigned alarm(unsigned seconds)
{
#ifdef SYS_alarm
	return __syscall_nofail(SYS_alarm, seconds);
#else
	/* The kernel's struct itimerval, and its ITIMER_REAL: the timer alarm uses. */
	enum { itimer_real = 0 };
	struct { long sec, usec; } it[2] = { { 0, 0 }, { seconds, 0 } }, old[2];

	/* Without setitimer (ENOSYS) no alarm was pending either. */
	if (__syscall(SYS_setitimer, itimer_real, it, old))
		return 0;
	/* Rounded as the kernel's own alarm does: to nearest, and never 0 if armed. */
	return old[1].sec + ((!old[1].sec && old[1].usec) || old[1].usec >= 500000);
#endif
}
