#define _DEFAULT_SOURCE 1
#include <setjmp.h>
#include <signal.h>
#include "ksigaction.h"
#include "setjmp_impl.h"
#include "syscall.h"

void __sigsetjmp_save(sigjmp_buf env, int savemask)
{
	env->__saved = savemask != 0;
	if (savemask)
		__syscall(SYS_rt_sigprocmask, SIG_BLOCK, 0, env->__mask, KSIGSET_SIZE);
}
