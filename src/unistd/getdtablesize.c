#include <limits.h>
#include <sys/resource.h>
#include <unistd.h>
#include "syscall.h"

/* The soft limit on descriptors, INT_MAX when it is larger or unlimited. */
int getdtablesize(void)
{
	struct rlimit rl;

	if (__syscall(SYS_prlimit64, 0, RLIMIT_NOFILE, 0, &rl))
		return INT_MAX;
	return rl.rlim_cur > INT_MAX ? INT_MAX : (int)rl.rlim_cur;
}
