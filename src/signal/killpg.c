#include <errno.h>
#include <signal.h>
#include "syscall.h"

/* A negative group would turn into kill's "that one process": refuse it. */
int killpg(pid_t pgrp, int sig)
{
	if (pgrp < 0)
		return __syscall_ret(-EINVAL);
	return __syscall_ret(__syscall(SYS_kill, -pgrp, sig));
}
