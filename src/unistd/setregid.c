#include <unistd.h>
#include "syscall.h"

int setregid(gid_t r, gid_t e)
{
#ifdef SYS_setregid32
	return __syscall_ret(__syscall(SYS_setregid32, r, e));
#else
	return __syscall_ret(__syscall(SYS_setregid, r, e));
#endif
}
