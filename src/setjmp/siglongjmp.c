#define _DEFAULT_SOURCE 1
#include <setjmp.h>
#include <signal.h>
#include "ksigaction.h"
#include "syscall.h"

/* The saved mask goes back first: a signal it unblocks is then taken here. */
_Noreturn void siglongjmp(sigjmp_buf env, int val)
{
	if (env->__saved)
		__syscall(SYS_rt_sigprocmask, SIG_SETMASK, env->__mask, 0, KSIGSET_SIZE);
	longjmp(env, val);
}
