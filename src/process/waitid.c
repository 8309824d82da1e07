#include <sys/wait.h>
#include "syscall.h"

/* The kernel's waitid also takes a struct rusage; POSIX's does not. */
int waitid(idtype_t idtype, id_t id, siginfo_t *info, int options)
{
	return __syscall_ret(__syscall(SYS_waitid, idtype, id, info, options, 0));
}
