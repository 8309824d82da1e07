#include <sys/eventfd.h>
#include "syscall.h"

/* An eventfd write adds the whole 8-byte value or fails: never short. */
int eventfd_write(int fd, eventfd_t value)
{
	return __syscall_ret(__syscall(SYS_write, fd, &value, sizeof value)) < 0 ? -1 : 0;
}
