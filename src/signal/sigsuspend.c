#include <signal.h>
#include "ksigaction.h"
#include "syscall.h"

int sigsuspend(const sigset_t *mask)
{
	return __syscall_ret(__syscall(SYS_rt_sigsuspend, mask, KSIGSET_SIZE));
}
