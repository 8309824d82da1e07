#include <unistd.h>
#include "syscall.h"

int fsync(int fd)
{
	return __syscall_ret(__syscall(SYS_fsync, fd));
}
