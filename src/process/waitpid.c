#include <sys/wait.h>
#include "syscall.h"
#include "process.h"

pid_t __waitpid(pid_t pid, int *status, int options)
{
	return __syscall_ret(__syscall(SYS_wait4, pid, status, options, 0));
}

weak_alias(__waitpid, waitpid);
