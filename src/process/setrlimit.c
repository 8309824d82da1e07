#include <sys/resource.h>
#include "syscall.h"

int setrlimit(int resource, const struct rlimit *rlim)
{
	return __syscall_ret(__syscall(SYS_prlimit64, 0, resource, rlim, 0));
}
