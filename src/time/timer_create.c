#include <errno.h>
#include <signal.h>
#include <stdint.h>
#include <time.h>
#include "syscall.h"

/*
 * SIGEV_SIGNAL and SIGEV_NONE are the kernel's own; SIGEV_THREAD would need
 * a thread to run the function, which the library does not start.  The
 * timer_t is the kernel's timer id.
 */
int timer_create(clockid_t clk, struct sigevent *restrict sev, timer_t *restrict id)
{
	int kid;
	long r;

	if (sev && sev->sigev_notify != SIGEV_SIGNAL && sev->sigev_notify != SIGEV_NONE)
		return __syscall_ret(-EINVAL);
	r = __syscall(SYS_timer_create, clk, sev, &kid);
	if (!r)
		*id = (timer_t)(intptr_t)kid;
	return __syscall_ret(r);
}
