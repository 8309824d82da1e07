#include <sys/eventfd.h>
#include "syscall.h"

/* eventfd2 is the one every arch has; eventfd is eventfd2 without flags. */
int eventfd(unsigned int initval, int flags)
{
	return __syscall_ret(__syscall(SYS_eventfd2, initval, flags));
}
