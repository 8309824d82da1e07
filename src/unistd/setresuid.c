#define _GNU_SOURCE
#include <unistd.h>
#include "syscall.h"

int setresuid(uid_t r, uid_t e, uid_t s)
{
#ifdef SYS_setresuid32
	return __syscall_ret(__syscall(SYS_setresuid32, r, e, s));
#else
	return __syscall_ret(__syscall(SYS_setresuid, r, e, s));
#endif
}
