#include <errno.h>
#include <unistd.h>
#include "syscall.h"
#include "unistd_impl.h"

int __close(int fd)
{
	long r = __syscall(SYS_close, fd);

	/* Linux has released the descriptor even when close reports EINTR. */
	if (r == -EINTR)
		r = -EINPROGRESS;
	return __syscall_ret(r);
}

weak_alias(__close, close);
