#include <errno.h>
#include <unistd.h>
#include "syscall.h"

char *getcwd(char *buf, size_t size)
{
	long r;

	if (!buf || !size) {
		errno = !buf ? EFAULT : EINVAL;
		return NULL;
	}
	r = __syscall(SYS_getcwd, buf, size);
	if (r < 0) {
		__syscall_ret(r);
		return NULL;
	}
	/* Linux reports a directory outside our root as "(unreachable)/...". */
	if (r == 0 || buf[0] != '/') {
		errno = ENOENT;
		return NULL;
	}
	return buf;
}
