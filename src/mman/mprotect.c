#include <sys/mman.h>
#include "syscall.h"
#include "mman.h"

int __mprotect(void *addr, size_t len, int prot)
{
	return __syscall_ret(__syscall(SYS_mprotect, addr, len, prot));
}

weak_alias(__mprotect, mprotect);
