#include <unistd.h>
#include "syscall.h"

unsigned alarm(unsigned seconds)
{
#ifdef SYS_alarm
	return __syscall(SYS_alarm, seconds);
#elif !defined(SYS_setitimer)
	/*
	 * A kernel with no timer call: nothing was pending, none is set (the
	 * call marks the absent one for the build's ENOSYS report).
	 */
	(void)seconds;
	__syscall_enosys();
	return 0;
#else
	/* The kernel's struct itimerval, and its ITIMER_REAL: the timer alarm uses. */
	enum { itimer_real = 0 };
	struct { long sec, usec; } it[2] = { { 0, 0 }, { seconds, 0 } }, old[2];

	__syscall(SYS_setitimer, itimer_real, it, old);
	/* Rounded as the kernel's own alarm does: to nearest, and never 0 if armed. */
	return old[1].sec + ((!old[1].sec && old[1].usec) || old[1].usec >= 500000);
#endif
}
