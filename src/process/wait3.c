#include <sys/resource.h>
#include <sys/wait.h>
#include "process.h"

pid_t wait3(int *status, int options, struct rusage *usage)
{
	return __wait4(-1, status, options, usage);
}
