#include <sys/mman.h>
#include "syscall.h"
#include "mman.h"

int __madvise(void *addr, size_t len, int advice)
{
	return __syscall_ret(__syscall(SYS_madvise, addr, len, advice));
}

weak_alias(__madvise, madvise);
