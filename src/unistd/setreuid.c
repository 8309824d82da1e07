#include <unistd.h>
#include "syscall.h"

int setreuid(uid_t r, uid_t e)
{
#ifdef SYS_setreuid32
	return __syscall_ret(__syscall(SYS_setreuid32, r, e));
#else
	return __syscall_ret(__syscall(SYS_setreuid, r, e));
#endif
}
