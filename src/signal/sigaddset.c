#include <errno.h>
#include <signal.h>
#include "ksigaction.h"
#include "syscall.h"
#include "signal_impl.h"

int __sigaddset(sigset_t *set, int sig)
{
	if (!SIG_VALID(sig))
		return __syscall_ret(-EINVAL);
	set->__bits[SIGSET_WORD(sig)] |= SIGSET_BIT(sig);
	return 0;
}

weak_alias(__sigaddset, sigaddset);
