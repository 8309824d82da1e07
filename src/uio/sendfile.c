#include <sys/sendfile.h>
#include "syscall.h"

/* A 32-bit arch's sendfile has a 32-bit offset; sendfile64 takes off_t's. */
ssize_t sendfile(int out_fd, int in_fd, off_t *offset, size_t count)
{
#ifdef SYS_sendfile64
	return __syscall_ret(__syscall(SYS_sendfile64, out_fd, in_fd, offset, count));
#else
	return __syscall_ret(__syscall(SYS_sendfile, out_fd, in_fd, offset, count));
#endif
}
