#include <signal.h>
#include <stdlib.h>
#include "ksigaction.h"
#include "syscall.h"

/*
 * SIGABRT to this thread (tgkill, as raise sends it), or else to the process
 * by kill: a kernel or seccomp filter may lack tgkill or gettid.
 */
static void send_sigabrt(void)
{
	long pid = __syscall(SYS_getpid), tid = __syscall(SYS_gettid);

	if (__syscall_failed(tid) || __syscall_failed(__syscall(SYS_tgkill, pid, tid, SIGABRT)))
		__syscall(SYS_kill, pid, SIGABRT);
}

_Noreturn void abort(void)
{
	struct k_sigaction dfl = { .handler = SIG_DFL };
	unsigned long all[KSIGSET_SIZE / sizeof(unsigned long)], abrt[sizeof all / sizeof *all] = { 0 };

	send_sigabrt();
	/*
	 * Still alive: SIGABRT was caught (and the handler returned), ignored or
	 * blocked.  POSIX still wants the process dead by SIGABRT, so put the
	 * default action back with every other signal held off, and let it in.
	 */
	for (size_t i = 0; i < sizeof all / sizeof *all; i++)
		all[i] = -1UL;
	abrt[SIGSET_WORD(SIGABRT)] = SIGSET_BIT(SIGABRT);
	__syscall(SYS_rt_sigprocmask, SIG_BLOCK, all, 0, KSIGSET_SIZE);
	__syscall(SYS_rt_sigaction, SIGABRT, &dfl, 0, KSIGSET_SIZE);
	send_sigabrt();
	__syscall(SYS_rt_sigprocmask, SIG_UNBLOCK, abrt, 0, KSIGSET_SIZE);
	/* No signal could be sent at all: die on an illegal instruction, never by exit. */
	__builtin_trap();
}
