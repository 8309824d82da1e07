#include <errno.h>
#include <sys/mman.h>
#include "mman.h"
#include "syscall.h"

void *__mmap(void *addr, size_t len, int prot, int flags, int fd, off_t offset)
{
	if (offset & (MMAP_MIN_PAGE - 1) || len == 0) {
		errno = EINVAL;
		return MAP_FAILED;
	}
	if (MMAP_LEN_TOO_BIG(len)) {
		errno = ENOMEM;
		return MAP_FAILED;
	}
	return (void *)__syscall_ret(__syscall(SYS_mmap, addr, len, prot, flags, fd, offset));
}

weak_alias(__mmap, mmap);
