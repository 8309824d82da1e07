#include <sys/resource.h>
#include "syscall.h"

int getrusage(int who, struct rusage *usage)
{
	return __syscall_ret(__syscall(SYS_getrusage, who, usage));
}
