#include <sys/resource.h>
#include <sys/wait.h>
#include "syscall.h"

pid_t wait3(int *status, int options, struct rusage *usage)
{
	return __syscall_ret(__syscall(SYS_wait4, -1, status, options, usage));
}
