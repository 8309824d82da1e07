#include <signal.h>
#include "signal_impl.h"

/* flag set: the signal interrupts system calls (no SA_RESTART). */
int siginterrupt(int sig, int flag)
{
	struct sigaction sa;

	if (__sigaction(sig, 0, &sa))
		return -1;
	if (flag)
		sa.sa_flags &= ~SA_RESTART;
	else
		sa.sa_flags |= SA_RESTART;
	return __sigaction(sig, &sa, 0);
}
