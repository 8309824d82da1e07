#include <signal.h>
#include "signal_impl.h"

int sigwaitinfo(const sigset_t *restrict set, siginfo_t *restrict info)
{
	return __sigtimedwait(set, info, 0);
}
