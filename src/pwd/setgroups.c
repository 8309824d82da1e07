#include <grp.h>
#include "etc_impl.h"
#include "syscall.h"

int __setgroups(size_t size, const gid_t *list)
{
#ifdef SYS_setgroups32
	return __syscall_ret(__syscall(SYS_setgroups32, size, list));
#else
	return __syscall_ret(__syscall(SYS_setgroups, size, list));
#endif
}

weak_alias(__setgroups, setgroups);
