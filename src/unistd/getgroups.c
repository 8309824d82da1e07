#include <unistd.h>
#include "syscall.h"

int getgroups(int size, gid_t list[])
{
#ifdef SYS_getgroups32
	return __syscall_ret(__syscall(SYS_getgroups32, size, list));
#else
	return __syscall_ret(__syscall(SYS_getgroups, size, list));
#endif
}
