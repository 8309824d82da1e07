#include <errno.h>
#include <stdint.h>
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
#ifdef SYS_mmap2
	/*
	 * 32-bit arches: a 64-bit offset does not fit the argument register,
	 * so mmap2 takes it in 4096-byte units (i386's SYS_mmap is an older
	 * call that takes its arguments through memory).  An offset it cannot
	 * carry is EOVERFLOW, as a 64-bit kernel answers a negative one.
	 */
	if (offset < 0 || (uint64_t)offset / MMAP2_UNIT > (unsigned long)-1) {
		errno = EOVERFLOW;
		return MAP_FAILED;
	}
	return (void *)__syscall_ret(__syscall(SYS_mmap2, addr, len, prot, flags, fd,
					       (unsigned long)(offset / MMAP2_UNIT)));
#else
	return (void *)__syscall_ret(__syscall_mmap(addr, len, prot, flags, fd, offset));
#endif
}

weak_alias(__mmap, mmap);
