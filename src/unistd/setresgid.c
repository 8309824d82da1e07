#define _GNU_SOURCE
#include <unistd.h>
#include "syscall.h"

int setresgid(gid_t r, gid_t e, gid_t s)
{
#ifdef SYS_setresgid32
	return __syscall_ret(__syscall(SYS_setresgid32, r, e, s));
#else
	return __syscall_ret(__syscall(SYS_setresgid, r, e, s));
#endif
}
