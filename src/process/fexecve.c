#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <unistd.h>
#include "syscall.h"
#include "utoa.h"

int fexecve(int fd, char *const argv[], char *const envp[])
{
	static const char prefix[] = "/proc/self/fd/";
	char path[sizeof prefix + 3 * sizeof(int)], *p = path + sizeof path;
	unsigned u = fd;
	long r = __syscall(SYS_execveat, fd, "", argv, envp, AT_EMPTY_PATH);

	if (r != -ENOSYS)
		return __syscall_ret(r);
	/* Kernels before 3.19 and qemu-user before 9 lack execveat: go through /proc. */
	if (fd < 0)
		return __syscall_ret(-EBADF);
	*--p = 0;
	p = __utoa_before(p, u) - (sizeof prefix - 1);
	memcpy(p, prefix, sizeof prefix - 1);
	r = __syscall(SYS_execve, p, argv, envp);
	/* No such /proc entry: the descriptor was not open (or /proc is absent). */
	return __syscall_ret(r == -ENOENT ? -EBADF : r);
}
