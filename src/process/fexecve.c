#include <errno.h>
#include <fcntl.h>
#include <unistd.h>
#include "syscall.h"

int fexecve(int fd, char *const argv[], char *const envp[])
{
	static const char prefix[] = "/proc/self/fd/";
	char path[sizeof prefix + 3 * sizeof(int)], digits[3 * sizeof(int)], *d = digits;
	unsigned u = fd;
	long r = __syscall(SYS_execveat, fd, "", argv, envp, AT_EMPTY_PATH);

	if (r != -ENOSYS)
		return __syscall_ret(r);
	/* Kernels before 3.19 and qemu-user before 9 lack execveat: go through /proc. */
	if (fd < 0)
		return __syscall_ret(-EBADF);
	do
		*d++ = '0' + u % 10;
	while (u /= 10);
	char *p = path + sizeof prefix - 1;

	for (size_t i = 0; i < sizeof prefix - 1; i++)
		path[i] = prefix[i];
	while (d > digits)
		*p++ = *--d;
	*p = 0;
	r = __syscall(SYS_execve, path, argv, envp);
	/* No such /proc entry: the descriptor was not open (or /proc is absent). */
	return __syscall_ret(r == -ENOENT ? -EBADF : r);
}
