#include <sys/resource.h>
#include <sys/wait.h>
#include "libc.h"
#include "process.h"
#include "rusage.h"
#include "syscall.h"

pid_t __wait4(pid_t pid, int *status, int options, struct rusage *usage)
{
	struct k_rusage k;
	long r = __syscall(SYS_wait4, pid, status, options, __rusage_buffer(usage, &k));

	if (r > 0)
		__rusage_convert(usage, &k);
	return __syscall_ret(r);
}

weak_alias(__wait4, wait4);
