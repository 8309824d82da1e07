#include <errno.h>
#include <signal.h>
#include "signal_impl.h"

/* Returns the error number; a handler that interrupts the wait does not end it. */
int sigwait(const sigset_t *restrict set, int *restrict sig)
{
	siginfo_t si;
	int r, e = errno;

	while ((r = __sigtimedwait(set, &si, 0)) < 0 && errno == EINTR)
		;
	if (r < 0) {
		r = errno;
		errno = e;
		return r;
	}
	*sig = r;
	return 0;
}
