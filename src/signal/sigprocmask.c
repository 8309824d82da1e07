#include <signal.h>
#include <string.h>
#include "ksigaction.h"
#include "syscall.h"
#include "signal_impl.h"

int __sigprocmask(int how, const sigset_t *restrict set, sigset_t *restrict oldset)
{
	sigset_t old;
	long r = __syscall(SYS_rt_sigprocmask, how, set, oldset ? &old : 0, KSIGSET_SIZE);

	/* The kernel writes only its own bits: give the caller a clean whole set. */
	if (!r && oldset) {
		memset(oldset, 0, sizeof *oldset);
		memcpy(oldset, &old, KSIGSET_SIZE);
	}
	return __syscall_ret(r);
}

weak_alias(__sigprocmask, sigprocmask);
