#include <sys/resource.h>
#include "process.h"
#include "syscall.h"

/* prlimit64 on every arch: its limits are 64-bit, like rlim_t. */
int __getrlimit(int resource, struct rlimit *rlim)
{
	return __syscall_ret(__syscall(SYS_prlimit64, 0, resource, 0, rlim));
}

weak_alias(__getrlimit, getrlimit);
