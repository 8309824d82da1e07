#include <sys/mman.h>
#include "syscall.h"
#include "mman.h"

int __munmap(void *addr, size_t len)
{
	return __syscall_ret(__syscall(SYS_munmap, addr, len));
}

weak_alias(__munmap, munmap);
