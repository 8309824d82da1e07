#include <errno.h>
#include <stdarg.h>
#include <sys/mman.h>
#include "mman.h"
#include "syscall.h"

void *__mremap(void *old_addr, size_t old_len, size_t new_len, int flags, ...)
{
	void *new_addr = 0;

	if (MMAP_LEN_TOO_BIG(new_len)) {
		errno = ENOMEM;
		return MAP_FAILED;
	}
	/* The target address is passed only with MREMAP_FIXED. */
	if (flags & MREMAP_FIXED) {
		va_list ap;
		va_start(ap, flags);
		new_addr = va_arg(ap, void *);
		va_end(ap);
	}
	return (void *)__syscall_ret(
		__syscall(SYS_mremap, old_addr, old_len, new_len, flags, new_addr));
}

weak_alias(__mremap, mremap);
