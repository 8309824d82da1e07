#define _GNU_SOURCE
#include <unistd.h>
#include "syscall.h"

int getresgid(gid_t *r, gid_t *e, gid_t *s)
{
#ifdef SYS_getresgid32
	return __syscall_ret(__syscall(SYS_getresgid32, r, e, s));
#else
	return __syscall_ret(__syscall(SYS_getresgid, r, e, s));
#endif
}
