#include <sys/resource.h>
#include <sys/wait.h>
#include "syscall.h"

pid_t wait4(pid_t pid, int *status, int options, struct rusage *usage)
{
	return __syscall_ret(__syscall(SYS_wait4, pid, status, options, usage));
}
