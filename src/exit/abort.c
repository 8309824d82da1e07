#include <signal.h>
#include <stdlib.h>
#include "ksigaction.h"
#include "syscall.h"

_Noreturn void abort(void)
{
	struct k_sigaction dfl = { .handler = SIG_DFL };
	unsigned long all = -1UL, abrt = 1UL << (SIGABRT - 1);

	raise(SIGABRT);
	/*
	 * Still alive: SIGABRT was caught (and the handler returned), ignored or
	 * blocked.  POSIX still wants the process dead by SIGABRT, so put the
	 * default action back with every other signal held off, and let it in.
	 */
	__syscall(SYS_rt_sigprocmask, SIG_BLOCK, &all, 0, KSIGSET_SIZE);
	__syscall(SYS_rt_sigaction, SIGABRT, &dfl, 0, KSIGSET_SIZE);
	raise(SIGABRT);
	__syscall(SYS_rt_sigprocmask, SIG_UNBLOCK, &abrt, 0, KSIGSET_SIZE);
	for (;;)
		_Exit(127);
}
