#include <errno.h>
#include <unistd.h>
#include "syscall.h"

/* The kernel answers with the break it set, the old one when it refused. */
int brk(void *end)
{
	unsigned long r = (unsigned long)__syscall(SYS_brk, end);

	return r < (unsigned long)end ? __syscall_ret(-ENOMEM) : 0;
}
