#include <sys/time.h>
#include "ktime.h"
#include "syscall.h"

int getitimer(int which, struct itimerval *value)
{
	struct kitimerval k;
	long r = __syscall(SYS_getitimer, which, &k);

	if (!r)
		*value = (struct itimerval){ { k.it_interval[0], k.it_interval[1] }, { k.it_value[0], k.it_value[1] } };
	return __syscall_ret(r);
}
