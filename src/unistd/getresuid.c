#define _GNU_SOURCE
#include <unistd.h>
#include "syscall.h"

int getresuid(uid_t *r, uid_t *e, uid_t *s)
{
#ifdef SYS_getresuid32
	return __syscall_ret(__syscall(SYS_getresuid32, r, e, s));
#else
	return __syscall_ret(__syscall(SYS_getresuid, r, e, s));
#endif
}
