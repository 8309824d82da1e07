/* Reserved names of <signal.h> functions the library calls itself. */
#ifndef TRAPDOOR_SIGNAL_IMPL_H
#define TRAPDOOR_SIGNAL_IMPL_H

#include <signal.h>
#include <time.h>
#include "libc.h"

hidden int __sigaction(int sig, const struct sigaction *restrict act,
		       struct sigaction *restrict oldact);
hidden int __sigprocmask(int how, const sigset_t *restrict set, sigset_t *restrict oldset);
hidden int __sigemptyset(sigset_t *set);
hidden int __sigfillset(sigset_t *set);
hidden int __sigaddset(sigset_t *set, int sig);
hidden int __sigtimedwait(const sigset_t *restrict set, siginfo_t *restrict info,
			  const struct timespec *restrict timeout);

#endif
