#include <unistd.h>
#include "syscall.h"

pid_t getpgrp(void)
{
#ifdef SYS_getpgrp
	return __syscall_nofail(SYS_getpgrp);
#else
	return __syscall_nofail(SYS_getpgid, 0);
#endif
}
