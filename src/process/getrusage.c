#include <sys/resource.h>
#include "rusage.h"
#include "syscall.h"

int getrusage(int who, struct rusage *usage)
{
	struct k_rusage k;
	long r = __syscall(SYS_getrusage, who, __rusage_buffer(usage, &k));

	if (!r)
		__rusage_convert(usage, &k);
	return __syscall_ret(r);
}
