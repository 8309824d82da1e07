#include <sys/uio.h>
#include "syscall.h"

/*
 * The kernel takes the offset as two longs, low then high, on every arch
 * and whatever its endianness; a 64-bit kernel reads the whole offset from
 * the first and ignores the second.
 */
ssize_t preadv(int fd, const struct iovec *iov, int count, off_t offset)
{
	return __syscall_ret(__syscall(SYS_preadv, fd, iov, count, (long)offset,
				       (long)((unsigned long long)offset >> 32)));
}
