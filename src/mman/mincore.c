#include <sys/mman.h>
#include "mman.h"
#include "syscall.h"

int __mincore(void *addr, size_t len, unsigned char *vec)
{
	return __syscall_ret(__syscall(SYS_mincore, addr, len, vec));
}

weak_alias(__mincore, mincore);
