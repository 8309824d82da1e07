#include <signal.h>
#include <string.h>
#include "ksigaction.h"
#include "syscall.h"

int sigpending(sigset_t *set)
{
	memset(set, 0, sizeof *set);
	return __syscall_ret(__syscall(SYS_rt_sigpending, set, KSIGSET_SIZE));
}
