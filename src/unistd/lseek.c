#include <unistd.h>
#include "syscall.h"
#include "unistd_impl.h"

off_t __lseek(int fd, off_t offset, int whence)
{
	return __syscall_ret(__syscall(SYS_lseek, fd, offset, whence));
}

weak_alias(__lseek, lseek);
