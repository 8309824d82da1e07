#include <signal.h>
#include <string.h>
#include "syscall.h"

int sigqueue(pid_t pid, int sig, const union sigval value)
{
	siginfo_t si;

	memset(&si, 0, sizeof si);
	si.si_signo = sig;
	si.si_code = SI_QUEUE;
	si.si_pid = (pid_t)__syscall(SYS_getpid);
#ifdef SYS_getuid32
	si.si_uid = (uid_t)__syscall(SYS_getuid32);
#else
	si.si_uid = (uid_t)__syscall(SYS_getuid);
#endif
	si.si_value = value;
	return __syscall_ret(__syscall(SYS_rt_sigqueueinfo, pid, sig, &si));
}
