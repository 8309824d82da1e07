#include <signal.h>
#include <unistd.h>
#include "syscall.h"
#include "unistd_impl.h"

pid_t __fork(void)
{
#ifdef SYS_fork
	return __syscall_ret(__syscall(SYS_fork));
#else
	/* Newer arches have only clone; SIGCHLD makes the child an ordinary one. */
	return __syscall_ret(__syscall(SYS_clone, SIGCHLD, 0, 0, 0, 0));
#endif
}

weak_alias(__fork, fork);
