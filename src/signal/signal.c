#include <signal.h>
#include "signal_impl.h"

/* BSD semantics, as glibc: the handler stays installed and calls restart. */
void (*signal(int sig, void (*handler)(int)))(int)
{
	struct sigaction sa = { .sa_handler = handler, .sa_flags = SA_RESTART }, old;

	if (__sigaction(sig, &sa, &old) < 0)
		return SIG_ERR;
	return old.sa_handler;
}
