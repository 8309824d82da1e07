#include <signal.h>
#include <string.h>
#include "ksigaction.h"
#include "syscall.h"
#include "signal_impl.h"

int __sigaction(int sig, const struct sigaction *restrict act, struct sigaction *restrict oldact)
{
	struct k_sigaction kact, kold;
	long r;

	if (act) {
		if (act->sa_handler != SIG_DFL && act->sa_handler != SIG_IGN && SIG_VALID(sig))
			__sig_handlers[SIGSET_WORD(sig)] |= SIGSET_BIT(sig);
		kact.handler = act->sa_handler;
		kact.flags = (unsigned)act->sa_flags;
		KSIGACTION_SET_RESTORER(&kact, act->sa_flags);
		memcpy(kact.mask, &act->sa_mask, sizeof kact.mask);
	}
	r = __syscall(SYS_rt_sigaction, sig, act ? &kact : 0, oldact ? &kold : 0, KSIGSET_SIZE);
	if (!r && oldact) {
		memset(oldact, 0, sizeof *oldact);
		oldact->sa_handler = kold.handler;
		oldact->sa_flags = kold.flags;
		oldact->sa_restorer = KSIGACTION_GET_RESTORER(&kold);
		memcpy(&oldact->sa_mask, kold.mask, sizeof kold.mask);
	}
	return __syscall_ret(r);
}

weak_alias(__sigaction, sigaction);
