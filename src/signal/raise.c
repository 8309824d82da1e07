#include <signal.h>
#include "syscall.h"

/* tgkill aims at this thread, as POSIX asks of raise, not any thread of the process. */
int raise(int sig)
{
	return __syscall_ret(__syscall(SYS_tgkill, __syscall(SYS_getpid), __syscall(SYS_gettid), sig));
}
