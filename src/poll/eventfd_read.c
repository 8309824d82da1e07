#include <sys/eventfd.h>
#include "syscall.h"

/* An eventfd read moves the whole 8-byte counter or fails: never short. */
int eventfd_read(int fd, eventfd_t *value)
{
	return __syscall_ret(__syscall(SYS_read, fd, value, sizeof *value)) < 0 ? -1 : 0;
}
